namespace AgreementFlow.Documents.Rendering;

/// <summary>Whether a piece of text is in both versions, only in the newer or only in the older.</summary>
public enum DiffKind
{
    Same,
    Inserted,
    Deleted,
}
