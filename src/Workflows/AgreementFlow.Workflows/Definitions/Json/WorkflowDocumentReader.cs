using System.Text.Json;

namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>
/// Turns a parsed definition file into <see cref="WorkflowDocument"/>s, checking the shape only: types,
/// required and unknown properties, and "exactly one of" choices. Meaning (ids, references, names) is
/// checked by <see cref="WorkflowDocumentBuilder"/>.
/// </summary>
internal static partial class WorkflowDocumentReader
{
    private static readonly string[] RootProperties = ["$schema", "id", "version", "title", "subjectKind", "startStage", "stages"];
    private static readonly string[] TextProperties = ["ru", "en"];
    private static readonly string[] StageProperties = ["id", "title", "final", "tasks", "onEnter", "transitions", "timers", "commands"];
    private static readonly string[] ActionProperties = ["name", "parameters"];
    private static readonly string[] CommandProperties = ["id", "title", "allowed", "requiresComment", "action"];

    public static WorkflowDocument? ReadWorkflow(JsonElement root, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(root, JsonPath.Root, errors, RootProperties) is not { } reader)
        {
            return null;
        }

        reader.String("$schema");
        return new WorkflowDocument(
            reader.String("id", required: true),
            reader.Integer("version", required: true),
            reader.Object("title", required: true, ReadText),
            reader.String("subjectKind", required: true),
            reader.String("startStage", required: true),
            reader.Array("stages", required: true, "stage", ReadStage));
    }

    private static LocalizedTextDocument? ReadText(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, TextProperties) is not { } reader)
        {
            return null;
        }

        var ru = NonEmpty(reader, "ru");
        var en = NonEmpty(reader, "en");
        return ru is null || en is null ? null : new LocalizedTextDocument(ru, en);
    }

    private static string? NonEmpty(JsonObjectReader reader, string name)
    {
        var text = reader.String(name, required: true);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            reader.Errors.Add(reader.PathOf(name), "expected a non-empty text");
            return null;
        }

        return text;
    }

    private static StageDocument? ReadStage(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, StageProperties) is not { } reader)
        {
            return null;
        }

        return new StageDocument(
            path,
            reader.String("id", required: true),
            reader.Object("title", required: true, ReadText),
            reader.Boolean("final"),
            reader.Array("tasks", required: false, itemNoun: null, ReadTask),
            reader.Array("onEnter", required: false, itemNoun: null, ReadAction),
            reader.Array("transitions", required: false, itemNoun: null, ReadTransition),
            reader.Array("timers", required: false, itemNoun: null, ReadTimer),
            reader.Array("commands", required: false, itemNoun: null, ReadCommand));
    }

    private static ActionDocument? ReadAction(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, ActionProperties) is not { } reader)
        {
            return null;
        }

        return new ActionDocument(path, reader.String("name", required: true), reader.StringMap("parameters"));
    }

    private static CommandDocument? ReadCommand(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, CommandProperties) is not { } reader)
        {
            return null;
        }

        return new CommandDocument(
            path,
            reader.String("id", required: true),
            reader.Object("title", required: true, ReadText),
            reader.Array("allowed", required: true, "assignee rule", ReadAssignee),
            reader.Boolean("requiresComment"),
            reader.Object("action", required: false, ReadAction));
    }
}
