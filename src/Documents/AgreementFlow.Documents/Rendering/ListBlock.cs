namespace AgreementFlow.Documents.Rendering;

/// <summary>A numbered (<c>1.</c>) or bulleted (<c>-</c>) list.</summary>
/// <param name="Ordered">Numbered when true.</param>
/// <param name="Start">The first number of a numbered list.</param>
/// <param name="Items">Each item's runs.</param>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItem> Items) : DocumentBlock
{
    /// <inheritdoc />
    public override string PlainText =>
        string.Join("\n", Items.Select((item, i) => (Ordered ? $"{Start + i}. " : "– ") + Join(item.Runs)));

    /// <summary>The marker of the item at <paramref name="index"/>: «1.» or «–».</summary>
    public string Marker(int index) => Ordered ? $"{Start + index}." : "–";
}
