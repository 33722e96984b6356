namespace AgreementFlow.Documents.Rendering;

/// <summary>Two template versions compared clause by clause on their source text.</summary>
public sealed record TemplateComparison(IReadOnlyList<ClauseComparison> Clauses)
{
    /// <summary>Whether anything changed.</summary>
    public bool HasChanges => Clauses.Any(c => c.Change != ClauseChange.Unchanged);
}
