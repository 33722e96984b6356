using System.Text;
using System.Text.Json;
using AgreementFlow.Workflows.Definitions.Json;

namespace AgreementFlow.Workflows.Definitions;

/// <summary>
/// Reads route definitions (<c>workflow-definitions/&lt;id&gt;.v&lt;version&gt;.json</c>), validates them and
/// builds <see cref="WorkflowDefinition"/>s, reporting every problem of every file at once.
/// </summary>
/// <remarks>
/// Besides the shape of the JSON (types, required and unknown properties), the loader checks what the
/// runtime relies on: ids and their uniqueness, that every referenced stage, task, outcome, timer and
/// command exists, action names and roles against the registered ones, durations, conditions, that each
/// stage can be reached from the start and that non-final stages can be left. A definition is returned
/// only for a file without any problem.
/// </remarks>
/// <param name="knownActions">Action names the capabilities register, e.g. <c>render-document</c>, <c>notify</c>.</param>
/// <param name="knownRoles">Role names the directory knows, e.g. <c>director</c>, <c>legal</c>.</param>
public sealed class WorkflowDefinitionLoader(IReadOnlySet<string> knownActions, IReadOnlySet<string> knownRoles)
{
    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private readonly IReadOnlySet<string> _knownActions = knownActions ?? throw new ArgumentNullException(nameof(knownActions));
    private readonly IReadOnlySet<string> _knownRoles = knownRoles ?? throw new ArgumentNullException(nameof(knownRoles));

    /// <summary>Loads every <c>*.json</c> file directly in <paramref name="folder"/> (not in subfolders such as <c>schema/</c>), in name order.</summary>
    /// <remarks>Besides each file's own problems, reports an id and version defined by more than one file.</remarks>
    public LoadResult LoadDirectory(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return new LoadResult([], [new DefinitionError(folder, JsonPath.Root, "the folder of workflow definitions does not exist")]);
        }

        var files = new List<(string Name, WorkflowDefinition? Definition, WorkflowDocument? Document, DefinitionErrorList Errors)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            string json;
            try
            {
                json = File.ReadAllText(file, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var unreadable = new DefinitionErrorList(name);
                unreadable.Add(JsonPath.Root, $"the file cannot be read: {e.Message}");
                files.Add((name, null, null, unreadable));
                continue;
            }

            var (definition, document, fileErrors) = LoadFile(name, json);
            files.Add((name, definition, document, fileErrors));
        }

        // A file named after its id and version owns them; a copy under another name is the one in the wrong.
        var owners = new Dictionary<(string Id, int Version), string>();
        foreach (var (name, _, document, fileErrors) in files
            .Where(f => f.Document is { Id: not null, Version: not null })
            .OrderBy(f => string.Equals(f.Name, $"{f.Document!.Id}.v{f.Document.Version}.json", StringComparison.Ordinal) ? 0 : 1))
        {
            var (id, version) = (document!.Id!, document.Version!.Value);
            if (!owners.TryAdd((id, version), name))
            {
                fileErrors.Add(JsonPath.Root, $"workflow '{id}' version {version} is also defined in '{owners[(id, version)]}'");
            }
        }

        var definitions = files.Where(f => f.Errors.Count == 0 && f.Definition is not null).Select(f => f.Definition!).ToList();
        var errors = files.SelectMany(f => f.Errors.Items).ToList();
        return new LoadResult(definitions, errors);
    }

    /// <summary>Loads one definition from its text.</summary>
    /// <param name="fileName">The file's name, used in errors and checked against <c>&lt;id&gt;.v&lt;version&gt;.json</c>.</param>
    /// <param name="json">The file's content.</param>
    public LoadResult Load(string fileName, string json)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(json);
        var (definition, _, errors) = LoadFile(fileName, json);
        return new LoadResult(definition is null ? [] : [definition], errors.Items);
    }

    private (WorkflowDefinition? Definition, WorkflowDocument? Document, DefinitionErrorList Errors) LoadFile(string fileName, string json)
    {
        var errors = new DefinitionErrorList(fileName);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException e)
        {
            errors.Add(JsonPath.Root, DescribeSyntaxError(json, e));
            return (null, null, errors);
        }

        using (parsed)
        {
            var document = WorkflowDocumentReader.ReadWorkflow(parsed.RootElement, errors);
            if (document is null)
            {
                return (null, null, errors);
            }

            var definition = new WorkflowDocumentBuilder(errors, _knownActions, _knownRoles).Build(document, fileName);
            return (definition, document, errors);
        }
    }

    /// <summary>"the file is not valid JSON: line 3, column 14: '}' is invalid after a property name. Expected a ':'."</summary>
    private static string DescribeSyntaxError(string json, JsonException e)
    {
        var reason = e.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[..cut];
        }

        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } bytePosition)
        {
            return $"the file is not valid JSON: {reason}";
        }

        // The reader counts UTF-8 bytes; an editor counts characters (a Cyrillic letter is two bytes).
        var lines = json.Split('\n');
        var column = bytePosition + 1;
        if (line < lines.Length)
        {
            var bytes = Encoding.UTF8.GetBytes(lines[line]);
            column = Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(bytePosition, bytes.Length)) + 1;
        }

        return $"the file is not valid JSON: line {line + 1}, column {column}: {reason}";
    }
}
