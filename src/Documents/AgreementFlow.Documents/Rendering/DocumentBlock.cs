using System.Text.Json.Serialization;

namespace AgreementFlow.Documents.Rendering;

/// <summary>A block of a rendered clause: the neutral model the Markdown subset becomes, which every writer reads.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ParagraphBlock), "paragraph")]
[JsonDerivedType(typeof(ListBlock), "list")]
[JsonDerivedType(typeof(TableBlock), "table")]
public abstract record DocumentBlock
{
    /// <summary>The block's text without formatting (list items on their own lines, table cells separated by « | »).</summary>
    [JsonIgnore]
    public abstract string PlainText { get; }

    internal static string Join(IReadOnlyList<TextRun> runs) => string.Concat(runs.Select(r => r.Text));
}
