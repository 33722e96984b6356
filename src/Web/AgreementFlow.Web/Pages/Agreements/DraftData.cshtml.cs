using System.Globalization;
using System.Text.Json.Nodes;
using AgreementFlow.Web.Documents.Forms;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>
/// Saves the draft form of the agreement page (the fields its template declares); when a value is wrong the form
/// comes back here with the errors next to the fields and nothing saved.
/// </summary>
public sealed class DraftDataModel(DraftFormService forms, CurrentUser me, Texts t) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public DraftDataForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await forms.GetAsync(me, Id, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Form = new DraftDataForm(result.Value!, new Dictionary<string, string[]>(), new Dictionary<string, int>());
        return Page();
    }

    /// <summary>Saves; <paramref name="addRow"/> (a table's name) instead shows one more empty row of it, saving nothing.</summary>
    public async Task<IActionResult> OnPostAsync(string? addRow, CancellationToken cancellationToken)
    {
        var current = await forms.GetAsync(me, Id, cancellationToken);
        if (!current.Succeeded)
        {
            return NotFound();
        }

        var posted = ReadPosted(current.Value!);
        var extra = new Dictionary<string, int>();
        if (!string.IsNullOrEmpty(addRow))
        {
            extra[addRow] = 1;
            Form = new DraftDataForm(WithValues(current.Value!, posted), new Dictionary<string, string[]>(), extra);
            return Page();
        }

        var result = await forms.SaveAsync(me, Id, new DraftDataInput(posted), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Notice"] = t["Данные договора сохранены."];
            return Redirect($"/agreements/{Id}#draft-data");
        }

        Form = new DraftDataForm(WithValues(current.Value!, posted), result.Errors?.ToDictionary() ?? new Dictionary<string, string[]>(), extra);
        return ShowFailure(result)!;
    }

    private Dictionary<string, JsonNode?> ReadPosted(DraftFormView view)
    {
        var form = Request.Form;
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var field in view.Fields.Where(f => f.Editable))
        {
            if (field.Type != "table")
            {
                var text = form[DraftDataForm.InputName(field.Name)].LastOrDefault();
                values[field.Name] = text is null ? null : JsonValue.Create(text);
                continue;
            }

            _ = int.TryParse(form[DraftDataForm.RowsName(field.Name)].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var count);
            var rows = new JsonArray();
            for (var i = 0; i < Math.Min(count, 1000); i++)
            {
                if (form.ContainsKey(DraftDataForm.RemoveName(field.Name, i)))
                {
                    continue;
                }

                var row = new JsonObject();
                foreach (var column in field.Columns ?? [])
                {
                    var text = form[DraftDataForm.CellName(field.Name, i, column.Name)].LastOrDefault();
                    row[column.Name] = text is null ? null : JsonValue.Create(text);
                }

                rows.Add(row);
            }

            values[field.Name] = rows;
        }

        return values;
    }

    /// <summary>The form as posted, so a failed save shows what the person typed.</summary>
    private static DraftFormView WithValues(DraftFormView view, Dictionary<string, JsonNode?> posted) => view with
    {
        Fields = [.. view.Fields.Select(f => f.Editable ? f with { Value = posted.GetValueOrDefault(f.Name)?.DeepClone() } : f)],
    };
}
