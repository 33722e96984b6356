using System.Text.Json.Nodes;
using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Documents.Tests;

/// <summary>Data that fills every declared field of a template with a value meant to break the output.</summary>
internal static class HostileData
{
    /// <summary>Markup of every output the documents have, a template tag, Markdown, a table pipe and a control character.</summary>
    public const string Text = "</w:t></w:r><w:r><w:t>x <script>alert('x')</script> {{base.inn}} **жирный** | ячейка | &amp; ]]> \u0001 «кавычки» \"q\"";

    /// <summary>The same with a line break and something that looks like a list item after it.</summary>
    public const string Paragraph = Text + "\n\n1. не пункт\n- не маркер";

    public static JsonObject For(TemplateContent template)
    {
        var data = new JsonObject();
        foreach (var field in template.Fields)
        {
            Set(data, field.Name, ValueOf(field));
        }

        return data;
    }

    private static JsonNode? ValueOf(TemplateField field) => field.Type switch
    {
        FieldType.Text => Text,
        FieldType.Paragraph => Paragraph,
        // Values of the wrong kind: typed fields get text too, the helpers print it as it is.
        FieldType.Date => "<script>2026-13-45</script>",
        FieldType.Money => "</w:t>1 000",
        FieldType.Integer => "{{x}}",
        FieldType.Boolean => "**да**",
        FieldType.Table => new JsonArray(Row(field), Row(field)),
        _ => Text,
    };

    private static JsonObject Row(TemplateField table)
    {
        var row = new JsonObject();
        foreach (var column in table.Columns ?? [])
        {
            Set(row, column.Name, ValueOf(column));
        }

        return row;
    }

    private static void Set(JsonObject target, string path, JsonNode? value)
    {
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (target[segments[i]] is not JsonObject next)
            {
                next = new JsonObject();
                target[segments[i]] = next;
            }

            target = next;
        }

        target[segments[^1]] = value;
    }
}
