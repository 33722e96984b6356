using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Data.Documents;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Documents.Library;
using AgreementFlow.Web.Documents.Templates;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.Templates;

/// <summary>
/// The legal staff's editor: sections and clauses as text areas, the live preview rendered by the server beside
/// them (errors with clause, line and column; undeclared fields; the statutory checklist), publishing with a note,
/// the version history with comparison. Works without JavaScript: saving re-renders the preview.
/// </summary>
public sealed class EditModel(
    TemplateService templates,
    TemplatePreviewer previewer,
    AgreementQueries agreements,
    ClauseLibraryService library,
    IOrganizationTimeSource organizationTime,
    CurrentUser me,
    Texts t) : FormPageModel
{
    public sealed record AgreementChoice(Guid Id, string Title);

    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public int Version { get; set; }

    [BindProperty]
    public List<SectionForm> Sections { get; set; } = [];

    [BindProperty]
    public string? FieldsJson { get; set; }

    [BindProperty]
    public string? SampleDataJson { get; set; }

    [BindProperty]
    public string? ChangeNote { get; set; }

    [BindProperty]
    public Guid? PreviewAgreementId { get; set; }

    public TemplateVersionView View { get; private set; } = null!;

    public TemplateDetail History { get; private set; } = null!;

    public TemplatePreviewResult? Preview { get; private set; }

    public IReadOnlyList<AgreementChoice> Agreements { get; private set; } = [];

    public bool MayEdit { get; private set; }

    /// <summary>The template's organisation's zone: publication times are shown in it.</summary>
    public string TimeZone { get; private set; } = "Europe/Moscow";

    /// <summary>The organisation's published library clauses, to insert into a section.</summary>
    public IReadOnlyList<LibraryClauseSummary> LibraryClauses { get; private set; } = [];

    public bool IsDraft => View.Status == TemplateVersionStatus.Draft;

    public bool Editable => IsDraft && MayEdit;

    public static IReadOnlyList<StatutoryItem> Items => StatutoryItems.All;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Sections = TemplateForm.SectionsOf(TemplateContentJson.Parse(View.Content.ToJsonString()).Content!);
        FieldsJson = TemplateForm.FieldsJsonOf(View.Content);
        SampleDataJson = TemplateForm.Indented(View.SampleData);
        await PreviewAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var saved = await SaveAsync(cancellationToken);
        if (saved is not null)
        {
            return saved;
        }

        TempData["Notice"] = t["Черновик сохранён."];
        return Redirect($"/templates/{Id}/versions/{Version}#editor");
    }

    public async Task<IActionResult> OnPostAddSectionAsync(CancellationToken cancellationToken)
    {
        Sections.Add(new SectionForm { Title = t["Новый раздел"], Clauses = [NewClause()] });
        return await SaveAsync(cancellationToken) ?? Redirect($"/templates/{Id}/versions/{Version}#section-{Sections.Count - 1}");
    }

    public async Task<IActionResult> OnPostAddClauseAsync(int section, CancellationToken cancellationToken)
    {
        if (section >= 0 && section < Sections.Count)
        {
            Sections[section].Clauses.Add(NewClause());
        }

        return await SaveAsync(cancellationToken) ?? Redirect($"/templates/{Id}/versions/{Version}#section-{section}");
    }

    /// <summary>
    /// Appends the clause chosen in the section's library list (<c>libraryClause-{section}</c>, as <c>key@version</c>):
    /// stored as a reference with its version, rendered with the library's text.
    /// </summary>
    public async Task<IActionResult> OnPostInsertLibraryClauseAsync(int section, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var parts = (Request.Form[$"libraryClause-{section}"].FirstOrDefault() ?? "").Split('@');
        if (section >= 0 && section < Sections.Count && parts.Length == 2 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            var key = parts[0];
            var taken = Sections.SelectMany(x => x.Clauses).Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
            var id = key;
            for (var n = 2; taken.Contains(id); n++)
            {
                id = $"{key}-{n}";
            }

            var text = await library.PublishedTextAsync(View.OrganizationId, key, version, cancellationToken);
            Sections[section].Clauses.Add(new ClauseForm { Id = id, Text = text ?? "", LibraryClauseKey = key, LibraryClauseVersion = version });
        }

        return await SaveAsync(cancellationToken) ?? Redirect($"/templates/{Id}/versions/{Version}#section-{section}");
    }

    public async Task<IActionResult> OnPostRemoveClauseAsync(int section, int clause, CancellationToken cancellationToken)
    {
        if (section >= 0 && section < Sections.Count && clause >= 0 && clause < Sections[section].Clauses.Count)
        {
            Sections[section].Clauses.RemoveAt(clause);
            if (Sections[section].Clauses.Count == 0)
            {
                Sections.RemoveAt(section);
            }
        }

        return await SaveAsync(cancellationToken) ?? Redirect($"/templates/{Id}/versions/{Version}#editor");
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        var saved = await SaveAsync(cancellationToken);
        if (saved is not null)
        {
            return saved;
        }

        var result = await templates.PublishAsync(me, Id, Version, new TemplatePublishInput(ChangeNote), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Notice"] = t.Format("Версия {0} опубликована: новые договоры составляются по ней.", Version);
            return Redirect($"/templates/{Id}/versions/{Version}");
        }

        await LoadAsync(cancellationToken);
        await PreviewAsync(cancellationToken);
        return ShowFailure(result)!;
    }

    public async Task<IActionResult> OnPostNewDraftAsync(CancellationToken cancellationToken)
    {
        var result = await templates.CreateDraftAsync(me, Id, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Notice"] = t.Format("Создан черновик версии {0}.", result.Value!.Version);
            return Redirect($"/templates/{Id}/versions/{result.Value.Version}");
        }

        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Sections = TemplateForm.SectionsOf(TemplateContentJson.Parse(View.Content.ToJsonString()).Content!);
        FieldsJson = TemplateForm.FieldsJsonOf(View.Content);
        SampleDataJson = TemplateForm.Indented(View.SampleData);
        await PreviewAsync(cancellationToken);
        return ShowFailure(result)!;
    }

    /// <summary>Saves the form into the draft; null when it did, else the page showing why not.</summary>
    private async Task<IActionResult?> SaveAsync(CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var fields = ParseJson<JsonArray>(FieldsJson, "[]", "fieldsJson", t["Поля: ожидается JSON-массив, например [{\"name\": \"term.to\", \"type\": \"date\", \"label\": \"Срок\"}]."], errors);
        var sample = ParseJson<JsonObject>(SampleDataJson, "{}", "sampleDataJson", t["Пример данных: ожидается JSON-объект."], errors);
        CommandResult<TemplateVersionView> result;
        if (!errors.IsEmpty)
        {
            result = CommandResult<TemplateVersionView>.Invalid(errors);
        }
        else
        {
            var content = new JsonObject { ["fields"] = fields, ["sections"] = TemplateForm.SectionsJson(Sections) };
            result = await templates.UpdateDraftAsync(me, Id, Version, new TemplateDraftInput(content, sample), cancellationToken);
        }

        if (result.Succeeded)
        {
            return null;
        }

        if (result.Outcome == CommandOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == CommandOutcome.Forbidden)
        {
            return Forbid();
        }

        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await PreviewAsync(cancellationToken);
        return ShowFailure(result);
    }

    private static TNode? ParseJson<TNode>(string? text, string empty, string field, string message, FieldErrors errors)
        where TNode : JsonNode
    {
        try
        {
            if (JsonNode.Parse(string.IsNullOrWhiteSpace(text) ? empty : text) is TNode node)
            {
                return node;
            }
        }
        catch (JsonException)
        {
            // Reported below, next to the field.
        }

        errors.Add(field, message);
        return null;
    }

    private ClauseForm NewClause() => new() { Id = $"clause-{Guid.NewGuid().ToString("N")[..6]}", Text = t["Текст пункта."] };

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var view = await templates.VersionAsync(me, Id, Version, cancellationToken);
        if (view.Outcome == CommandOutcome.NotFound)
        {
            return NotFound();
        }

        if (!view.Succeeded)
        {
            return Forbid();
        }

        View = view.Value!;
        History = (await templates.FindAsync(me, Id, cancellationToken)).Value!;
        MayEdit = TemplateService.MayEdit(me, View.OrganizationId);
        TimeZone = (await organizationTime.GetAsync(View.OrganizationId, cancellationToken)).Zone.Id;
        LibraryClauses = (await library.ListAsync(me, View.OrganizationId, cancellationToken)).Value?.Where(c => c.PublishedVersion is not null).ToList() ?? [];
        Agreements = await agreements.Visible(me).Where(a => a.BaseOrganizationId == View.OrganizationId)
            .OrderByDescending(a => a.CreatedAtUtc).Take(50).Select(a => new AgreementChoice(a.Id, a.Title)).ToListAsync(cancellationToken);
        return null;
    }

    private async Task PreviewAsync(CancellationToken cancellationToken)
    {
        JsonArray? fields = null;
        JsonObject? sample = null;
        try
        {
            fields = JsonNode.Parse(string.IsNullOrWhiteSpace(FieldsJson) ? "[]" : FieldsJson) as JsonArray;
            sample = JsonNode.Parse(string.IsNullOrWhiteSpace(SampleDataJson) ? "{}" : SampleDataJson) as JsonObject;
        }
        catch (JsonException)
        {
            // The preview then renders with what parses; the field error is shown by the save.
        }

        var result = await previewer.PreviewAsync(me,
            new TemplatePreviewInput(TemplateForm.SectionsJson(Sections), fields, sample, PreviewAgreementId, View.Title, View.OrganizationId), cancellationToken);
        Preview = result.Value;
    }
}
