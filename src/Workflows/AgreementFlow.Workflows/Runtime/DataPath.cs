using System.Text.Json.Nodes;

namespace AgreementFlow.Workflows.Runtime;

/// <summary>Reads a dotted path such as <c>term.to</c> from instance data.</summary>
internal static class DataPath
{
    public static JsonNode? Find(JsonObject data, string path)
    {
        JsonNode? node = data;
        foreach (var part in path.Split('.'))
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(part, out node))
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Copies every top-level field of <paramref name="patch"/> into <paramref name="data"/>.</summary>
    public static void Merge(JsonObject data, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            data[key] = value?.DeepClone();
        }
    }
}
