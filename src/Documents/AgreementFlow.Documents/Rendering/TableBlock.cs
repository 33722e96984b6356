namespace AgreementFlow.Documents.Rendering;

/// <summary>A table from a pipe table; with a header row when the source had a <c>|---|</c> separator.</summary>
/// <param name="Rows">All rows, the header first when <paramref name="HasHeader"/>.</param>
/// <param name="HasHeader">Whether the first row is a header.</param>
public sealed record TableBlock(IReadOnlyList<TableRow> Rows, bool HasHeader) : DocumentBlock
{
    /// <summary>The number of columns (the widest row).</summary>
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count);

    /// <inheritdoc />
    public override string PlainText =>
        string.Join("\n", Rows.Select(r => string.Join(" | ", r.Cells.Select(c => Join(c.Runs)))));
}
