namespace AgreementFlow.Documents.Templates;

/// <summary>A clause of a template: Handlebars text with a small Markdown subset.</summary>
/// <param name="Id">Identifies the clause across versions (redlines match clauses by it); unique within a template.</param>
/// <param name="Text">Handlebars over the agreement's data; Markdown subset: paragraphs, <c>**bold**</c>, <c>*italic*</c>,
/// <c>1.</c> and <c>-</c> lists, pipe tables.</param>
public sealed record TemplateClause(string Id, string Text)
{
    /// <summary>An optional clause heading shown after its number.</summary>
    public string? Title { get; init; }

    /// <summary>A data path whose value must be truthy for the clause to be shown, e.g. <c>mobility.enabled</c>.</summary>
    public string? Condition { get; init; }

    /// <summary>The statutory items (273-FZ art. 15 part 3) this clause covers when shown and non-empty.</summary>
    public IReadOnlyList<StatutoryItem> Covers { get; init; } = [];

    /// <summary>The clause library entry this clause comes from; the web app resolves it to text before rendering.</summary>
    public string? LibraryClauseKey { get; init; }

    /// <summary>The version of the clause library entry.</summary>
    public int? LibraryClauseVersion { get; init; }

    /// <summary>Whether the clause gets a number such as «1.2.»; false for a signature table or a closing line.</summary>
    public bool Numbered { get; init; } = true;
}
