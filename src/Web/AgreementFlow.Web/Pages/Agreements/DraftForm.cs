using System.Globalization;
using System.Text.Json.Nodes;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>The fields of a draft as the form posts them: one agreement, or the shared data of a batch.</summary>
public sealed class DraftForm
{
    public const int MaxStudents = 10_000;

    public Guid? BaseOrganizationId { get; set; }

    public List<Guid> PartnerOrganizationIds { get; set; } = [];

    public List<Guid> ProgramIds { get; set; } = [];

    /// <summary>As a date input sends it (yyyy-MM-dd), or typed as ДД.ММ.ГГГГ where the browser has no date picker.</summary>
    public string? TermFrom { get; set; }

    public string? TermTo { get; set; }

    public string? Title { get; set; }

    public string? Students { get; set; }

    /// <summary>The draft for <see cref="AgreementService"/>, and what the form itself finds wrong (dates and the number of students).</summary>
    public (AgreementInput Input, FieldErrors Errors) ToInput(Texts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var errors = new FieldErrors();
        var from = ParseDate("term.from", TermFrom, errors, t);
        var to = ParseDate("term.to", TermTo, errors, t);
        var data = new JsonObject();
        if (!string.IsNullOrWhiteSpace(Students))
        {
            if (int.TryParse(Students.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var students) && students is >= 1 and <= MaxStudents)
            {
                data["students"] = students;
            }
            else
            {
                errors.Add("students", t.Format("Число обучающихся — целое число от 1 до {0}.", MaxStudents));
            }
        }

        var input = new AgreementInput(BaseOrganizationId, PartnerOrganizationIds, ProgramIds, new TermInput(from, to), Title, data);
        return (input, errors);
    }

    /// <summary>The form's own errors, then the service's for the fields the form found no fault with.</summary>
    public static FieldErrors Merge(FieldErrors form, FieldErrors? service)
    {
        ArgumentNullException.ThrowIfNull(form);
        var merged = new FieldErrors();
        foreach (var (field, messages) in form.ToDictionary())
        {
            foreach (var message in messages)
            {
                merged.Add(field, message);
            }
        }

        foreach (var (field, messages) in service?.ToDictionary() ?? new Dictionary<string, string[]>())
        {
            if (form.Has(field))
            {
                continue;
            }

            foreach (var message in messages)
            {
                merged.Add(field, message);
            }
        }

        return merged;
    }

    private static DateOnly? ParseDate(string field, string? text, FieldErrors errors, Texts t)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, t.Format("«{0}» — не дата: нужен формат ДД.ММ.ГГГГ.", text.Trim()));
        return null;
    }
}
