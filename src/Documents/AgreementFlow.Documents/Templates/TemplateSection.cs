namespace AgreementFlow.Documents.Templates;

/// <summary>A section of a template: a title such as «Предмет договора» and its clauses.</summary>
/// <param name="Title">The section heading; empty for a preamble, which is neither numbered nor headed.</param>
/// <param name="Clauses">The clauses in order.</param>
public sealed record TemplateSection(string Title, IReadOnlyList<TemplateClause> Clauses);
