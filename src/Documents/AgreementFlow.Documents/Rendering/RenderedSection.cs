namespace AgreementFlow.Documents.Rendering;

/// <summary>A section as rendered.</summary>
/// <param name="Number">E.g. «1.»; empty for a preamble.</param>
/// <param name="Title">E.g. «Предмет договора»; empty for a preamble.</param>
/// <param name="Clauses">The clauses shown (conditions true, text non-empty).</param>
public sealed record RenderedSection(string Number, string Title, IReadOnlyList<RenderedClause> Clauses);
