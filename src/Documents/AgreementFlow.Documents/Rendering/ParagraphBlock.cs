namespace AgreementFlow.Documents.Rendering;

/// <summary>A paragraph of runs.</summary>
public sealed record ParagraphBlock(IReadOnlyList<TextRun> Runs) : DocumentBlock
{
    /// <inheritdoc />
    public override string PlainText => Join(Runs);
}
