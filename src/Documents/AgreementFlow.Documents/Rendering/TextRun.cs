namespace AgreementFlow.Documents.Rendering;

/// <summary>A piece of text with one formatting; a line break inside a paragraph is <c>\n</c> in <see cref="Text"/>.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false);
