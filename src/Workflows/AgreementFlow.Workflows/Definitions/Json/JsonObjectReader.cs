using System.Text.Json;

namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>
/// Reads the properties of one JSON object, reporting wrong types, missing required properties,
/// duplicated and unknown properties (with a suggestion for a likely typo) instead of stopping.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);

    private JsonObjectReader(JsonElement element, string path, DefinitionErrorList errors, IReadOnlyList<string> allowed)
    {
        Path = path;
        Errors = errors;
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = JsonPath.Property(path, property.Name);
            if (!_properties.TryAdd(property.Name, property.Value))
            {
                errors.Add(propertyPath, $"the property '{property.Name}' appears more than once");
            }
            else if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                _properties.Remove(property.Name);
                errors.Add(propertyPath, UnknownProperty(property.Name, allowed));
            }
        }
    }

    /// <summary>The JSON path of the object.</summary>
    public string Path { get; }

    public DefinitionErrorList Errors { get; }

    /// <summary>A reader over <paramref name="element"/>, or null (reported) when it is not an object.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, DefinitionErrorList errors, IReadOnlyList<string> allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"expected an object; found {Describe(element)}");
            return null;
        }

        return new JsonObjectReader(element, path, errors, allowed);
    }

    /// <summary>How a value reads in a message: <c>'text'</c>, <c>5</c>, <c>true</c>, <c>null</c>, <c>an object</c>, <c>an array</c>.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => Quote(element.GetString() ?? ""),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    /// <summary><c>'text'</c>, shortened when long.</summary>
    public static string Quote(string text) => text.Length <= 60 ? $"'{text}'" : $"'{text[..57]}…'";

    public string PathOf(string name) => JsonPath.Property(Path, name);

    public bool Has(string name) => _properties.ContainsKey(name);

    /// <summary>The value of <paramref name="name"/>, or null when absent (reported when <paramref name="required"/>).</summary>
    public JsonElement? Property(string name, bool required)
    {
        if (_properties.TryGetValue(name, out var value))
        {
            return value;
        }

        if (required)
        {
            Errors.Add(PathOf(name), $"the required property '{name}' is missing");
        }

        return null;
    }

    public string? String(string name, bool required = false)
    {
        if (Property(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Errors.Add(PathOf(name), $"expected a string; found {Describe(value)}");
            return null;
        }

        return value.GetString();
    }

    public int? Integer(string name, bool required = false)
    {
        if (Property(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Errors.Add(PathOf(name), $"expected a whole number; found {Describe(value)}");
            return null;
        }

        return number;
    }

    public bool Boolean(string name)
    {
        if (Property(name, required: false) is not { } value)
        {
            return false;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Errors.Add(PathOf(name), $"expected true or false; found {Describe(value)}");
            return false;
        }

        return value.GetBoolean();
    }

    /// <summary>The value of an object-valued property read by <paramref name="read"/>, or null.</summary>
    public T? Object<T>(string name, bool required, Func<JsonElement, string, DefinitionErrorList, T?> read)
        where T : class =>
        Property(name, required) is { } value ? read(value, PathOf(name), Errors) : null;

    /// <summary>
    /// The items of an array-valued property that <paramref name="read"/> could read; empty when the property is absent.
    /// </summary>
    /// <param name="name">The property.</param>
    /// <param name="required">Whether the property must be present.</param>
    /// <param name="itemNoun">What an item is, for "expected at least one …"; null when the array may be empty.</param>
    /// <param name="read">Reads one item given its element and path.</param>
    public IReadOnlyList<T> Array<T>(string name, bool required, string? itemNoun, Func<JsonElement, string, DefinitionErrorList, T?> read)
        where T : class
    {
        if (Property(name, required) is not { } value)
        {
            return [];
        }

        var path = PathOf(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Errors.Add(path, $"expected an array; found {Describe(value)}");
            return [];
        }

        if (itemNoun is not null && value.GetArrayLength() == 0)
        {
            Errors.Add(path, $"expected at least one {itemNoun}");
            return [];
        }

        var items = new List<T>();
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (read(element, JsonPath.Index(path, index), Errors) is { } item)
            {
                items.Add(item);
            }

            index++;
        }

        return items;
    }

    /// <summary>An object whose every property is a string, such as an action's <c>parameters</c>.</summary>
    public IReadOnlyDictionary<string, string> StringMap(string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Property(name, required: false) is not { } value)
        {
            return map;
        }

        var path = PathOf(name);
        if (value.ValueKind != JsonValueKind.Object)
        {
            Errors.Add(path, $"expected an object of strings; found {Describe(value)}");
            return map;
        }

        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = JsonPath.Property(path, property.Name);
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                Errors.Add(propertyPath, $"expected a string; found {Describe(property.Value)}");
            }
            else if (!map.TryAdd(property.Name, property.Value.GetString()!))
            {
                Errors.Add(propertyPath, $"the property '{property.Name}' appears more than once");
            }
        }

        return map;
    }

    private static string UnknownProperty(string name, IReadOnlyList<string> allowed)
    {
        var suggestion = allowed
            .Select(candidate => (candidate, distance: Distance(name.ToUpperInvariant(), candidate.ToUpperInvariant())))
            .Where(c => c.distance <= Math.Max(1, Math.Min(2, c.candidate.Length / 3)))
            .OrderBy(c => c.distance)
            .Select(c => c.candidate)
            .FirstOrDefault();
        var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
        return $"unknown property '{name}'{hint}; expected one of: {string.Join(", ", allowed)}";
    }

    // Levenshtein distance; property names are short.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
