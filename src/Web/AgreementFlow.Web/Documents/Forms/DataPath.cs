using System.Text.Json.Nodes;

namespace AgreementFlow.Web.Documents.Forms;

/// <summary>Reads and writes a dotted data path (<c>duties.base</c>) in an agreement's JSON data.</summary>
internal static class DataPath
{
    public static JsonNode? Get(JsonObject data, string path)
    {
        JsonNode? node = data;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node;
    }

    /// <summary>Sets the value, creating the objects on the way; a null value removes the key.</summary>
    public static void Set(JsonObject data, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var current = data;
        foreach (var part in parts[..^1])
        {
            if (current[part] is not JsonObject next)
            {
                if (value is null)
                {
                    return;
                }

                next = [];
                current[part] = next;
            }

            current = next;
        }

        if (value is null)
        {
            current.Remove(parts[^1]);
        }
        else
        {
            current[parts[^1]] = value;
        }
    }
}
