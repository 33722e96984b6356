using System.Text.Json.Nodes;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Documents.Tests;

/// <summary>Small templates for tests: one section per call, clause ids c1, c2, ….</summary>
internal static class TemplateBuilder
{
    public static DocumentHeader SampleHeader { get; } = new("Договор о сетевой форме", "12/2026", new DateOnly(2026, 1, 12), "с. Агинское");

    public static TemplateContent OneClause(string text, params TemplateField[] fields) =>
        new(fields, [new TemplateSection("Предмет договора", [new TemplateClause("c1", text)])]);

    public static TemplateContent Clauses(IReadOnlyList<TemplateField> fields, params TemplateClause[] clauses) =>
        new(fields, [new TemplateSection("Предмет договора", clauses)]);

    public static TemplateField Text(string name) => new(name, FieldType.Text, name);

    public static JsonObject Data(string json) => JsonNode.Parse(json)!.AsObject();
}
