namespace AgreementFlow.Documents.Rendering;

/// <summary>How a clause changed between two versions.</summary>
public enum ClauseChange
{
    Unchanged,
    Changed,
    Added,
    Removed,
}
