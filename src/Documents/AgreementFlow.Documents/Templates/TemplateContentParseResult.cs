namespace AgreementFlow.Documents.Templates;

/// <summary>The outcome of <see cref="TemplateContentJson.Parse"/>: the content, or every problem with its JSON path.</summary>
/// <param name="Content">The parsed content; null when there are errors.</param>
/// <param name="Errors">Problems such as <c>$.sections[1].clauses[0].id: …</c>; empty when all is well.</param>
public sealed record TemplateContentParseResult(TemplateContent? Content, IReadOnlyList<string> Errors)
{
    /// <summary>Whether the JSON was a valid template.</summary>
    public bool Succeeded => Content is not null && Errors.Count == 0;
}
