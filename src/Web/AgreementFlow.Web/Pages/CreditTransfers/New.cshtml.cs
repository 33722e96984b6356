using System.Globalization;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.CreditTransfers;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.CreditTransfers;

/// <summary>A clerk records an application for credit transfer: one student or a cohort pasted from a spreadsheet, with its documents.</summary>
public sealed class NewModel(AgreementFlowDbContext db, CreditTransferService transfers, CurrentUser me, Texts t) : FormPageModel
{
    [BindProperty]
    public CreditTransferForm Input { get; set; } = new();

    [BindProperty]
    public IList<IFormFile> Documents { get; set; } = [];

    /// <summary>The organisations the person records applications for (every one for an administrator).</summary>
    public IReadOnlyList<(Guid Id, string Name)> ApplicantOrganizations { get; private set; } = [];

    /// <summary>The directory, to name the source organisation when it is one of ours.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Directory { get; private set; } = [];

    /// <summary>Every message for <paramref name="field"/> and its items (<c>documents[0].contentBase64</c>).</summary>
    public string? ErrorsFor(string field)
    {
        var messages = Errors.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal) || e.Key.StartsWith(field + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value).Distinct().ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadChoicesAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadChoicesAsync(cancellationToken))
        {
            return Forbid();
        }

        var formErrors = new FieldErrors();
        var pasted = PastedStudents.Parse(Input.Students, t);
        foreach (var problem in pasted.Problems)
        {
            formErrors.Add("students", problem);
        }

        int? requiredHours = null;
        if (!string.IsNullOrWhiteSpace(Input.RequiredHours))
        {
            if (int.TryParse(Input.RequiredHours.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var hours))
            {
                requiredHours = hours;
            }
            else
            {
                formErrors.Add("requiredHours", t["Объём в часах — целое число от 1 до 10000."]);
            }
        }

        Guid? agreementId = null;
        if (!string.IsNullOrWhiteSpace(Input.AgreementId))
        {
            if (Guid.TryParse(Input.AgreementId.Trim(), out var id))
            {
                agreementId = id;
            }
            else
            {
                formErrors.Add("agreementId", t["Номер договора — идентификатор вида 0190a1b2-…; его видно в адресе страницы договора."]);
            }
        }

        if (!formErrors.IsEmpty)
        {
            return ShowFailure(CommandResult<CreditTransferCreated>.Invalid(formErrors))!;
        }

        var sourceName = Input.SourceOrganizationName;
        if (string.IsNullOrWhiteSpace(sourceName) && Input.SourceOrganizationId is { } sourceId)
        {
            sourceName = Directory.FirstOrDefault(o => o.Id == sourceId).Name;
        }

        var documents = new List<DocumentInput>();
        foreach (var file in Documents.Where(f => f.Length > 0))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            documents.Add(new DocumentInput(file.FileName, Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length)));
        }

        var input = new CreditTransferInput(
            Input.ApplicantOrganizationId,
            new ApplicantInput(Input.ApplicantKind, Input.ApplicantName),
            pasted.Students,
            Input.SourceOrganizationId,
            sourceName,
            Input.SourceProgramName,
            Input.TargetUnit,
            requiredHours,
            agreementId,
            documents);
        var result = await transfers.CreateAsync(input, me, cancellationToken);
        if (!result.Succeeded && result.Errors is { } errors)
        {
            result = CommandResult<CreditTransferCreated>.Invalid(PointAtLines(errors, pasted, documents));
        }

        if (ShowFailure(result) is { } failure)
        {
            return failure;
        }

        TempData["Notice"] = t["Заявление сохранено. Задачи по нему приходят во «Входящие»."];
        return Redirect("/credit-transfers");
    }

    /// <summary>Puts a student's error under the pasted text with its line, a document's with its file name.</summary>
    private FieldErrors PointAtLines(FieldErrors errors, PastedStudents pasted, List<DocumentInput> documents)
    {
        var shown = new FieldErrors();
        foreach (var (field, messages) in errors.ToDictionary())
        {
            foreach (var message in messages)
            {
                if (pasted.LineOf(field) is { } line)
                {
                    shown.Add("students", t.Format("Строка {0}: {1}", line, message));
                }
                else if (field.StartsWith("documents[", StringComparison.Ordinal)
                    && int.TryParse(field.AsSpan(10, Math.Max(0, field.IndexOf(']', StringComparison.Ordinal) - 10)), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < documents.Count)
                {
                    shown.Add("documents", $"{documents[index].FileName}: {message}");
                }
                else
                {
                    shown.Add(field, message);
                }
            }
        }

        return shown;
    }

    private async Task<bool> LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var all = await db.Organizations.AsNoTracking().OrderBy(o => o.ShortName).Select(o => new { o.Id, o.ShortName }).ToListAsync(cancellationToken);
        Directory = [.. all.Select(o => (o.Id, o.ShortName))];
        ApplicantOrganizations = [.. all.Where(o => me.IsAdministrator || me.HasRole(o.Id, OrganizationRole.Clerk)).Select(o => (o.Id, o.ShortName))];
        if (ApplicantOrganizations.Count == 1)
        {
            Input.ApplicantOrganizationId = ApplicantOrganizations[0].Id;
        }

        return ApplicantOrganizations.Count > 0;
    }
}
