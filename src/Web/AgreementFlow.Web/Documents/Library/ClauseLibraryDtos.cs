namespace AgreementFlow.Web.Documents.Library;

/// <summary>A library clause in the organisation's list.</summary>
public sealed record LibraryClauseSummary(Guid Id, Guid OrganizationId, string Key, string Title, int? PublishedVersion, int LatestVersion);

/// <summary>One version of a library clause.</summary>
public sealed record LibraryClauseVersionView(int Version, string Status, string Text, IReadOnlyList<string> Covers, DateTime CreatedAtUtc, DateTime? PublishedAtUtc);

/// <summary>A template that refers to a library clause, and the clause version it names (null: the latest published).</summary>
public sealed record LibraryClauseUse(Guid TemplateId, string TemplateTitle, int TemplateVersion, int? ClauseVersion);

/// <summary>A library clause with every version and the templates that use it.</summary>
public sealed record LibraryClauseView(
    Guid Id, Guid OrganizationId, string Key, string Title, IReadOnlyList<LibraryClauseVersionView> Versions, IReadOnlyList<LibraryClauseUse> UsedBy);

/// <summary>The body of <c>POST /api/clause-library</c>: a new clause with its first draft version.</summary>
public sealed record NewLibraryClauseInput(Guid? OrganizationId, string? Key, string? Title, string? Text, IReadOnlyList<string>? Covers);

/// <summary>The body of <c>PUT /api/clause-library/{id}/versions/{v}</c>.</summary>
public sealed record LibraryClauseVersionInput(string? Text, IReadOnlyList<string>? Covers);
