namespace AgreementFlow.Data.Documents;

/// <summary>One version of a library clause; a template clause names the version it uses.</summary>
public sealed class LibraryClauseVersion
{
    public Guid Id { get; set; }

    public Guid ClauseId { get; set; }

    public int Version { get; set; }

    /// <summary>The clause text: Handlebars with the Markdown subset.</summary>
    public required string Text { get; set; }

    /// <summary>The statutory items it covers, comma-separated camelCase names (e.g. <c>termAndChanges</c>).</summary>
    public string Covers { get; set; } = "";

    public TemplateVersionStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? PublishedAtUtc { get; set; }
}
