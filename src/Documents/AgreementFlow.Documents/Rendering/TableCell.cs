namespace AgreementFlow.Documents.Rendering;

/// <summary>A cell of a <see cref="TableRow"/>.</summary>
public sealed record TableCell(IReadOnlyList<TextRun> Runs);
