namespace AgreementFlow.Documents.Rendering;

/// <summary>A redline between two rendered versions, clause by clause in the newer version's order.</summary>
public sealed record DocumentComparison(IReadOnlyList<ClauseComparison> Clauses)
{
    /// <summary>Whether anything changed.</summary>
    public bool HasChanges => Clauses.Any(c => c.Change != ClauseChange.Unchanged);
}
