using System.Text.Json.Nodes;
using AgreementFlow.Data.Documents;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Web.Documents.Templates;

/// <summary>A template in a list: its latest version and the one agreements are drafted from.</summary>
public sealed record TemplateSummary(
    Guid Id, Guid OrganizationId, string Key, string Title, int LatestVersion, TemplateVersionStatus LatestStatus, int? PublishedVersion, DateTime? PublishedAtUtc);

/// <summary>One version in a template's history.</summary>
public sealed record TemplateVersionSummary(
    int Version, TemplateVersionStatus Status, string? ChangeNote, DateTime CreatedAtUtc, DateTime? PublishedAtUtc, string? PublishedBy);

/// <summary>A template with its whole history, newest first.</summary>
public sealed record TemplateDetail(Guid Id, Guid OrganizationId, string Key, string Title, IReadOnlyList<TemplateVersionSummary> Versions);

/// <summary>One version with its content (the library's template JSON) and the data it is previewed with.</summary>
public sealed record TemplateVersionView(
    Guid Id,
    Guid TemplateId,
    Guid OrganizationId,
    string Key,
    string Title,
    int Version,
    TemplateVersionStatus Status,
    JsonNode Content,
    JsonNode SampleData,
    string? ChangeNote,
    DateTime CreatedAtUtc,
    DateTime? PublishedAtUtc);

/// <summary>A new template: an organisation's form for a purpose (its key), starting as draft version 1.</summary>
/// <param name="OrganizationId">Whose legal staff keep it.</param>
/// <param name="Key">Latin letters, digits and «-», unique in the organisation.</param>
/// <param name="Title">Its name in lists.</param>
/// <param name="Content">Fields and sections; empty when left out, or the shipped form of the same key.</param>
/// <param name="SampleData">Data to preview with.</param>
public sealed record TemplateCreateInput(Guid? OrganizationId, string? Key, string? Title, JsonObject? Content, JsonObject? SampleData);

/// <summary>The new content of a draft version.</summary>
public sealed record TemplateDraftInput(JsonObject? Content, JsonObject? SampleData);

/// <summary>Publishing a draft: what changed, for the history.</summary>
public sealed record TemplatePublishInput(string? ChangeNote);

/// <summary>What the editor sends on every keystroke (debounced): the sections and fields as edited, and the data to render with.</summary>
/// <param name="Sections">The sections as in the template JSON.</param>
/// <param name="Fields">The declared fields; undeclared ones are warned about.</param>
/// <param name="Data">Sample data; ignored when <paramref name="AgreementId"/> is given.</param>
/// <param name="AgreementId">Preview with this agreement's data (the caller must see it).</param>
/// <param name="Title">The document's title in the preview header.</param>
/// <param name="OrganizationId">Whose clause library resolves clauses taken from it (the caller must belong to it).</param>
public sealed record TemplatePreviewInput(JsonArray? Sections, JsonArray? Fields, JsonObject? Data, Guid? AgreementId, string? Title, Guid? OrganizationId = null);

/// <summary>The editor's live preview.</summary>
public sealed record TemplatePreviewResult(string Html, IReadOnlyList<TemplateProblem> Errors, IReadOnlyList<TemplateProblem> Warnings, StatutoryView Statutory);

/// <summary>The statutory checklist: which items of 273-FZ art. 15 are covered.</summary>
public sealed record StatutoryView(IReadOnlyList<StatutoryItem> Covered, IReadOnlyList<StatutoryItem> Missing, IReadOnlyList<StatutoryLine> Items)
{
    public static StatutoryView From(StatutoryCoverage coverage, string language)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return new StatutoryView(
            coverage.Covered,
            coverage.Missing,
            [.. StatutoryItems.All.Select(item => new StatutoryLine(
                item,
                (int)item,
                StatutoryItems.Describe(item, language),
                coverage.Covered.Contains(item),
                coverage.Missing.Contains(item) ? StatutoryItems.Missing(item, language) : null))]);
    }
}

/// <summary>One line of the checklist: the item, its number in the law, what it asks for, whether it is covered.</summary>
public sealed record StatutoryLine(StatutoryItem Item, int Number, string Title, bool Covered, string? Missing);
