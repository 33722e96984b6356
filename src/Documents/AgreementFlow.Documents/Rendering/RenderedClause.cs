using System.Text.Json.Serialization;

namespace AgreementFlow.Documents.Rendering;

/// <summary>A clause as rendered with an agreement's data.</summary>
/// <param name="Id">The template clause's id (redlines match clauses by it).</param>
/// <param name="Number">E.g. «1.2.»; empty for an unnumbered clause.</param>
/// <param name="Title">The clause heading, if any.</param>
/// <param name="Blocks">Paragraphs, lists and tables.</param>
public sealed record RenderedClause(string Id, string Number, string? Title, IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>The clause's text without formatting, blocks separated by new lines (what redlines compare).</summary>
    [JsonIgnore]
    public string PlainText => string.Join("\n", (Title is null ? [] : new[] { Title }).Concat(Blocks.Select(b => b.PlainText)));
}
