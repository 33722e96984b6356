using System.Text.Json.Nodes;
using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Web.Documents.Templates;

/// <summary>Data of the declared fields' shape, for a template that has no sample data of its own.</summary>
internal static class SampleDataFactory
{
    public static JsonObject FromFields(IReadOnlyList<TemplateField> fields)
    {
        var data = new JsonObject();
        foreach (var field in fields)
        {
            Set(data, field.Name, ValueOf(field));
        }

        return data;
    }

    private static JsonNode? ValueOf(TemplateField field) => field.Type switch
    {
        FieldType.Date => JsonValue.Create("2026-09-01"),
        FieldType.Money => JsonValue.Create(10000m),
        FieldType.Integer => JsonValue.Create(1),
        FieldType.Boolean => JsonValue.Create(true),
        FieldType.Table => new JsonArray(FromFields(field.Columns ?? [])),
        _ => JsonValue.Create(field.Label),
    };

    private static void Set(JsonObject data, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = data;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject next)
            {
                next = [];
                node[part] = next;
            }

            node = next;
        }

        node[parts[^1]] = value;
    }
}
