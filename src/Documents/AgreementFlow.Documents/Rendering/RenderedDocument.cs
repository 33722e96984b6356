using System.Text.Json.Serialization;

namespace AgreementFlow.Documents.Rendering;

/// <summary>A document rendered from a template version and a data snapshot; what every writer and the comparer read.</summary>
public sealed record RenderedDocument(DocumentHeader Header, IReadOnlyList<RenderedSection> Sections)
{
    /// <summary>Every clause in order.</summary>
    [JsonIgnore]
    public IEnumerable<RenderedClause> AllClauses => Sections.SelectMany(s => s.Clauses);

    /// <summary>The whole text without formatting: headings and clauses, one block a line.</summary>
    [JsonIgnore]
    public string PlainText => string.Join("\n", Sections.SelectMany(s =>
        (s.Title.Length == 0 ? [] : new[] { $"{s.Number} {s.Title}" })
            .Concat(s.Clauses.Select(c => c.Number.Length == 0 ? c.PlainText : $"{c.Number} {c.PlainText}"))));
}
