namespace AgreementFlow.Documents.Rendering;

/// <summary>A row of a <see cref="TableBlock"/>.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);
