using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgreementFlow.Documents.Rendering.Templating;

/// <summary>An agreement's JSON data as plain dictionaries, lists and scalars — all Handlebars sees.</summary>
/// <remarks>Handlebars reads objects by reflection; giving it only these types keeps a template from reaching
/// anything but the data.</remarks>
internal static class TemplateData
{
    private const int MaxDepth = 32;

    public static Dictionary<string, object?> From(JsonObject data) => ConvertObject(data, 0);

    /// <summary>The value at a dotted path (<c>mobility.enabled</c>), or null.</summary>
    public static object? Lookup(Dictionary<string, object?> data, string path)
    {
        object? current = data;
        foreach (var segment in path.Split('.'))
        {
            if (current is not Dictionary<string, object?> obj || !obj.TryGetValue(segment, out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Handlebars truthiness: null, false, empty text, zero and empty lists are false.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        decimal d => d != 0,
        double d => d != 0,
        List<object?> list => list.Count > 0,
        _ => true,
    };

    private static Dictionary<string, object?> ConvertObject(JsonObject obj, int depth)
    {
        var result = new Dictionary<string, object?>(obj.Count, StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            result[key] = Convert(value, depth + 1);
        }

        return result;
    }

    private static object? Convert(JsonNode? node, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                return ConvertObject(obj, depth);
            case JsonArray array:
                var list = new List<object?>(array.Count);
                foreach (var item in array)
                {
                    list.Add(Convert(item, depth + 1));
                }

                return list;
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case JsonValueKind.String:
                        return value.TryGetValue<string>(out var text) ? text : JsonSerializer.Deserialize<string>(value.ToJsonString());
                    case JsonValueKind.Number:
                        var raw = value.ToJsonString();
                        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                            ? number
                            : double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
                    case JsonValueKind.True:
                        return true;
                    case JsonValueKind.False:
                        return false;
                    default:
                        return null;
                }

            default:
                return null;
        }
    }
}
