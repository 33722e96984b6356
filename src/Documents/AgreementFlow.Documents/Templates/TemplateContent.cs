using System.Text.Json.Serialization;

namespace AgreementFlow.Documents.Templates;

/// <summary>What legal staff edit: the declared data fields and the ordered sections of clauses.</summary>
/// <remarks>Stored as JSON by <see cref="TemplateContentJson"/>; a published version never changes.</remarks>
public sealed record TemplateContent(IReadOnlyList<TemplateField> Fields, IReadOnlyList<TemplateSection> Sections)
{
    /// <summary>Every clause in document order.</summary>
    [JsonIgnore]
    public IEnumerable<TemplateClause> AllClauses => Sections.SelectMany(s => s.Clauses);
}
