using System.Text.Json.Nodes;

namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary>Dotted paths of property names into instance data, such as <c>term.to</c>.</summary>
internal static class FieldPath
{
    /// <summary>Names of ASCII letters, digits and '_' (not starting with a digit), separated by single dots.</summary>
    public static bool IsValid(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var segmentStart = true;
        foreach (var c in path)
        {
            if (c == '.')
            {
                if (segmentStart)
                {
                    return false;
                }

                segmentStart = true;
            }
            else if (segmentStart ? char.IsAsciiLetter(c) || c == '_' : char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                segmentStart = false;
            }
            else
            {
                return false;
            }
        }

        return !segmentStart;
    }

    /// <summary>The value at <paramref name="path"/>, or null when a part of it is missing or not an object.</summary>
    public static JsonNode? Resolve(JsonObject data, string path)
    {
        JsonNode? node = data;
        foreach (var name in path.Split('.'))
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out node))
            {
                return null;
            }
        }

        return node;
    }
}
