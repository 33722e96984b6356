using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Web.Pages.Templates;

/// <summary>A section as the editor's form posts it.</summary>
public sealed class SectionForm
{
    public string? Title { get; set; }

    public List<ClauseForm> Clauses { get; set; } = [];
}

/// <summary>A clause as the editor's form posts it.</summary>
public sealed class ClauseForm
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? Condition { get; set; }

    public List<string> Covers { get; set; } = [];

    public string? LibraryClauseKey { get; set; }

    public int? LibraryClauseVersion { get; set; }

    public bool Numbered { get; set; } = true;
}

/// <summary>Between the editor's form and the template JSON.</summary>
internal static class TemplateForm
{
    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static List<SectionForm> SectionsOf(TemplateContent content) =>
        [.. content.Sections.Select(s => new SectionForm
        {
            Title = s.Title,
            Clauses = [.. s.Clauses.Select(c => new ClauseForm
            {
                Id = c.Id,
                Title = c.Title,
                Text = c.Text,
                Condition = c.Condition,
                Covers = [.. c.Covers.Select(Camel)],
                LibraryClauseKey = c.LibraryClauseKey,
                LibraryClauseVersion = c.LibraryClauseVersion,
                Numbered = c.Numbered,
            })],
        })];

    public static string FieldsJsonOf(JsonNode content) => (content["fields"] ?? new JsonArray()).ToJsonString(Pretty);

    public static string Indented(JsonNode node) => node.ToJsonString(Pretty);

    /// <summary>The sections as the template JSON has them.</summary>
    public static JsonArray SectionsJson(IEnumerable<SectionForm> sections) =>
        [.. sections.Select(s => (JsonNode)new JsonObject
        {
            ["title"] = s.Title ?? "",
            ["clauses"] = new JsonArray([.. s.Clauses.Select(c =>
            {
                var clause = new JsonObject { ["id"] = c.Id?.Trim() ?? "", ["text"] = (c.Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal) };
                if (!string.IsNullOrWhiteSpace(c.Title))
                {
                    clause["title"] = c.Title.Trim();
                }

                if (!string.IsNullOrWhiteSpace(c.Condition))
                {
                    clause["condition"] = c.Condition.Trim();
                }

                if (c.Covers.Count > 0)
                {
                    clause["covers"] = new JsonArray([.. c.Covers.Distinct().Select(x => (JsonNode)JsonValue.Create(x)!)]);
                }

                if (!string.IsNullOrWhiteSpace(c.LibraryClauseKey))
                {
                    clause["libraryClauseKey"] = c.LibraryClauseKey;
                    clause["libraryClauseVersion"] = c.LibraryClauseVersion;
                }

                if (!c.Numbered)
                {
                    clause["numbered"] = false;
                }

                return (JsonNode)clause;
            })]),
        })];

    public static string Camel(StatutoryItem item) => JsonNamingPolicy.CamelCase.ConvertName(item.ToString());
}
