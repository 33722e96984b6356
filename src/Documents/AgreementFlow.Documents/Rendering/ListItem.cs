namespace AgreementFlow.Documents.Rendering;

/// <summary>An item of a <see cref="ListBlock"/>.</summary>
public sealed record ListItem(IReadOnlyList<TextRun> Runs);
