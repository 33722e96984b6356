using System.Text.Json.Nodes;

namespace AgreementFlow.Documents.Templates;

/// <summary>A template the product ships, with sample data for previews and tests.</summary>
/// <param name="Key">Stable key: <c>network-agreement</c>, <c>amendment</c>, <c>credit-transfer-order</c>, <c>approval-sheet</c>, <c>completion-certificate</c>.</param>
/// <param name="TitleRu">The document's title in Russian.</param>
/// <param name="TitleEn">The document's title in English.</param>
/// <param name="Content">Fields and clauses.</param>
/// <param name="SampleData">Realistic data of the shape the fields declare.</param>
public sealed record DefaultTemplate(string Key, string TitleRu, string TitleEn, TemplateContent Content, JsonObject SampleData)
{
    /// <summary>Whether the statutory check (273-FZ art. 15 part 3) guards publishing this template and leaving drafting:
    /// true for the network-form agreement; an amendment, an order or an approval sheet need not restate the items.</summary>
    public bool RequiresStatutoryItems { get; init; }
}
