using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace AgreementFlow.Documents.Templates;

/// <summary>The JSON form of <see cref="TemplateContent"/>: what the web app stores and what the API takes.</summary>
/// <remarks>camelCase names, enums as camelCase strings. <see cref="Parse"/> reports every problem with its JSON path
/// instead of stopping at the first, so the editor can show them all.</remarks>
public static partial class TemplateContentJson
{
    private const int MaxFields = 500;
    private const int MaxSections = 200;
    private const int MaxClauses = 2000;
    private const int MaxClauseLength = 50_000;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The content as camelCase JSON.</summary>
    public static string Serialize(TemplateContent content) => JsonSerializer.Serialize(content, Options);

    /// <summary>Reads content, checking every field and clause.</summary>
    /// <param name="json">The JSON text.</param>
    public static TemplateContentParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return new TemplateContentParseResult(null, [$"$: не JSON ({e.Message})"]);
        }

        var errors = new List<string>();
        if (root is not JsonObject obj)
        {
            return new TemplateContentParseResult(null, ["$: ожидается объект с полями fields и sections"]);
        }

        var fields = ReadFields(obj["fields"], "$.fields", errors, allowMissing: true, nested: false);
        var sections = ReadSections(obj["sections"], errors);
        foreach (var property in obj)
        {
            if (property.Key is not ("fields" or "sections"))
            {
                errors.Add($"$.{property.Key}: неизвестное свойство (ожидаются fields и sections)");
            }
        }

        return errors.Count == 0
            ? new TemplateContentParseResult(new TemplateContent(fields, sections), [])
            : new TemplateContentParseResult(null, errors);
    }

    private static List<TemplateField> ReadFields(JsonNode? node, string path, List<string> errors, bool allowMissing, bool nested)
    {
        var result = new List<TemplateField>();
        if (node is null)
        {
            if (!allowMissing)
            {
                errors.Add($"{path}: обязательное свойство");
            }

            return result;
        }

        if (node is not JsonArray array)
        {
            errors.Add($"{path}: ожидается массив полей");
            return result;
        }

        if (array.Count > MaxFields)
        {
            errors.Add($"{path}: не более {MaxFields} полей");
            return result;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (array[i] is not JsonObject item)
            {
                errors.Add($"{itemPath}: ожидается объект");
                continue;
            }

            var name = ReadString(item, "name", itemPath, errors, required: true);
            if (name is not null && !DataPathPattern().IsMatch(name))
            {
                errors.Add($"{itemPath}.name: «{name}» — не путь к данным (латинские буквы, цифры, точки, например term.to)");
                name = null;
            }
            else if (name is not null && !names.Add(name))
            {
                errors.Add($"{itemPath}.name: поле «{name}» объявлено дважды");
            }

            var type = ReadEnum<FieldType>(item, "type", itemPath, errors) ;
            var label = ReadString(item, "label", itemPath, errors, required: true);
            var required = ReadBool(item, "required", itemPath, errors) ?? false;
            List<TemplateField>? columns = null;
            if (item["columns"] is { } columnsNode)
            {
                if (type != FieldType.Table)
                {
                    errors.Add($"{itemPath}.columns: столбцы бывают только у поля типа table");
                }
                else if (nested)
                {
                    errors.Add($"{itemPath}.columns: таблица внутри таблицы не поддерживается");
                }
                else
                {
                    columns = ReadFields(columnsNode, $"{itemPath}.columns", errors, allowMissing: false, nested: true);
                }
            }

            CheckUnknown(item, itemPath, errors, "name", "type", "label", "required", "columns");
            if (name is not null && type is not null && label is not null)
            {
                result.Add(new TemplateField(name, type.Value, label, required) { Columns = columns });
            }
        }

        return result;
    }

    private static List<TemplateSection> ReadSections(JsonNode? node, List<string> errors)
    {
        var result = new List<TemplateSection>();
        if (node is not JsonArray array)
        {
            errors.Add(node is null ? "$.sections: обязательное свойство" : "$.sections: ожидается массив разделов");
            return result;
        }

        if (array.Count > MaxSections)
        {
            errors.Add($"$.sections: не более {MaxSections} разделов");
            return result;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var clauseCount = 0;
        for (var s = 0; s < array.Count; s++)
        {
            var sectionPath = $"$.sections[{s}]";
            if (array[s] is not JsonObject section)
            {
                errors.Add($"{sectionPath}: ожидается объект");
                continue;
            }

            var title = ReadString(section, "title", sectionPath, errors, required: false) ?? string.Empty;
            var clauses = new List<TemplateClause>();
            if (section["clauses"] is not JsonArray clauseArray)
            {
                errors.Add(section["clauses"] is null ? $"{sectionPath}.clauses: обязательное свойство" : $"{sectionPath}.clauses: ожидается массив пунктов");
            }
            else
            {
                clauseCount += clauseArray.Count;
                for (var c = 0; c < clauseArray.Count; c++)
                {
                    var clause = ReadClause(clauseArray[c], $"{sectionPath}.clauses[{c}]", ids, errors);
                    if (clause is not null)
                    {
                        clauses.Add(clause);
                    }
                }
            }

            CheckUnknown(section, sectionPath, errors, "title", "clauses");
            result.Add(new TemplateSection(title, clauses));
        }

        if (clauseCount > MaxClauses)
        {
            errors.Add($"$.sections: не более {MaxClauses} пунктов в шаблоне");
        }

        return result;
    }

    private static TemplateClause? ReadClause(JsonNode? node, string path, HashSet<string> ids, List<string> errors)
    {
        if (node is not JsonObject clause)
        {
            errors.Add($"{path}: ожидается объект");
            return null;
        }

        var id = ReadString(clause, "id", path, errors, required: true);
        if (id is not null && !ClauseIdPattern().IsMatch(id))
        {
            errors.Add($"{path}.id: «{id}» — допустимы латинские буквы, цифры, «-», «_» и «.» (до 64 знаков)");
            id = null;
        }
        else if (id is not null && !ids.Add(id))
        {
            errors.Add($"{path}.id: пункт «{id}» уже есть в шаблоне");
        }

        var text = ReadString(clause, "text", path, errors, required: true);
        if (text is not null && text.Length > MaxClauseLength)
        {
            errors.Add($"{path}.text: не более {MaxClauseLength} знаков");
        }

        var title = ReadString(clause, "title", path, errors, required: false);
        var condition = ReadString(clause, "condition", path, errors, required: false);
        if (condition is not null && !DataPathPattern().IsMatch(condition))
        {
            errors.Add($"{path}.condition: «{condition}» — не путь к данным (например mobility.enabled)");
        }

        var covers = new List<StatutoryItem>();
        if (clause["covers"] is { } coversNode)
        {
            if (coversNode is not JsonArray coversArray)
            {
                errors.Add($"{path}.covers: ожидается массив пунктов закона");
            }
            else
            {
                for (var i = 0; i < coversArray.Count; i++)
                {
                    var item = ParseEnum<StatutoryItem>(coversArray[i], $"{path}.covers[{i}]", errors);
                    if (item is not null && !covers.Contains(item.Value))
                    {
                        covers.Add(item.Value);
                    }
                }
            }
        }

        var libraryKey = ReadString(clause, "libraryClauseKey", path, errors, required: false);
        int? libraryVersion = null;
        if (clause["libraryClauseVersion"] is { } versionNode)
        {
            if (versionNode is JsonValue v && v.TryGetValue<int>(out var version) && version > 0)
            {
                libraryVersion = version;
            }
            else
            {
                errors.Add($"{path}.libraryClauseVersion: ожидается целое число больше нуля");
            }
        }

        var numbered = ReadBool(clause, "numbered", path, errors) ?? true;
        CheckUnknown(clause, path, errors, "id", "text", "title", "condition", "covers", "libraryClauseKey", "libraryClauseVersion", "numbered");
        return id is null || text is null
            ? null
            : new TemplateClause(id, text)
            {
                Title = title,
                Condition = condition,
                Covers = covers,
                LibraryClauseKey = libraryKey,
                LibraryClauseVersion = libraryVersion,
                Numbered = numbered,
            };
    }

    private static string? ReadString(JsonObject obj, string name, string path, List<string> errors, bool required)
    {
        var node = obj[name];
        if (node is null)
        {
            if (required)
            {
                errors.Add($"{path}.{name}: обязательное свойство");
            }

            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            if (required && string.IsNullOrWhiteSpace(text))
            {
                errors.Add($"{path}.{name}: не может быть пустым");
                return null;
            }

            return text;
        }

        errors.Add($"{path}.{name}: ожидается строка");
        return null;
    }

    private static bool? ReadBool(JsonObject obj, string name, string path, List<string> errors)
    {
        var node = obj[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }

        errors.Add($"{path}.{name}: ожидается true или false");
        return null;
    }

    private static TEnum? ReadEnum<TEnum>(JsonObject obj, string name, string path, List<string> errors)
        where TEnum : struct, Enum
    {
        var node = obj[name];
        if (node is null)
        {
            errors.Add($"{path}.{name}: обязательное свойство (одно из: {EnumNames<TEnum>()})");
            return null;
        }

        return ParseEnum<TEnum>(node, $"{path}.{name}", errors);
    }

    private static TEnum? ParseEnum<TEnum>(JsonNode? node, string path, List<string> errors)
        where TEnum : struct, Enum
    {
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            foreach (var candidate in Enum.GetValues<TEnum>())
            {
                if (string.Equals(JsonNamingPolicy.CamelCase.ConvertName(candidate.ToString()), text, StringComparison.Ordinal))
                {
                    return candidate;
                }
            }
        }

        errors.Add($"{path}: ожидается одно из: {EnumNames<TEnum>()}");
        return null;
    }

    private static string EnumNames<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));

    private static void CheckUnknown(JsonObject obj, string path, List<string> errors, params string[] known)
    {
        foreach (var property in obj)
        {
            if (Array.IndexOf(known, property.Key) < 0)
            {
                errors.Add($"{path}.{property.Key}: неизвестное свойство");
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    internal static partial Regex DataPathPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")]
    private static partial Regex ClauseIdPattern();
}
