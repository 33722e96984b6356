namespace AgreementFlow.Documents.Rendering;

/// <summary>A run of words of one <see cref="DiffKind"/>, with the whitespace that followed them.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
