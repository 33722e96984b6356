using System.Text.Json;

namespace AgreementFlow.Workflows.Definitions.Json;

internal static partial class WorkflowDocumentReader
{
    private const string Immediately = "immediately";
    private const string TriggerShapes = "'immediately' or an object with 'task' and 'outcome', with 'timer' or with 'command'";

    private static readonly string[] TransitionProperties = ["on", "to", "when"];
    private static readonly string[] TriggerProperties = ["task", "outcome", "timer", "command"];
    private static readonly string[] TimerProperties = ["id", "after", "at", "action"];
    private static readonly string[] TimerAtProperties = ["field", "offsetDays"];

    private static TransitionDocument? ReadTransition(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, TransitionProperties) is not { } reader)
        {
            return null;
        }

        return new TransitionDocument(
            path,
            reader.Object("on", required: true, ReadTrigger),
            reader.String("to", required: true),
            reader.String("when"));
    }

    private static TriggerDocument? ReadTrigger(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            if (element.ValueEquals(Immediately))
            {
                return new TriggerDocument(path, Immediately: true, null, null, null, null);
            }

            errors.Add(path, $"expected {TriggerShapes}; found {JsonObjectReader.Describe(element)}");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"expected {TriggerShapes}; found {JsonObjectReader.Describe(element)}");
            return null;
        }

        var reader = JsonObjectReader.Open(element, path, errors, TriggerProperties)!;
        var before = errors.Count;
        var task = reader.String("task");
        var outcome = reader.String("outcome");
        var timer = reader.String("timer");
        var command = reader.String("command");

        var byTask = reader.Has("task") || reader.Has("outcome");
        var shapes = new[] { (byTask, "'task' and 'outcome'"), (reader.Has("timer"), "'timer'"), (reader.Has("command"), "'command'") }
            .Where(shape => shape.Item1)
            .Select(shape => shape.Item2)
            .ToList();
        if (shapes.Count == 0)
        {
            errors.Add(path, $"expected {TriggerShapes}; found an empty object");
        }
        else if (shapes.Count > 1)
        {
            errors.Add(path, $"expected only one of 'task' and 'outcome', 'timer' or 'command'; found {string.Join(" with ", shapes)}");
        }
        else if (byTask)
        {
            reader.Property("task", required: true);
            reader.Property("outcome", required: true);
        }

        return errors.Count == before ? new TriggerDocument(path, Immediately: false, task, outcome, timer, command) : null;
    }

    private static TimerDocument? ReadTimer(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, TimerProperties) is not { } reader)
        {
            return null;
        }

        var found = (reader.Has("after"), reader.Has("at")) switch
        {
            (true, true) => "both",
            (false, false) => "neither",
            _ => null,
        };
        if (found is not null)
        {
            errors.Add(path, $"expected exactly one of 'after' or 'at'; found {found}");
        }

        return new TimerDocument(
            path,
            reader.String("id", required: true),
            reader.Object("after", required: false, ReadDue),
            reader.Object("at", required: false, ReadTimerAt),
            reader.Object("action", required: false, ReadAction));
    }

    private static TimerAtDocument? ReadTimerAt(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, TimerAtProperties) is not { } reader)
        {
            return null;
        }

        var before = errors.Count;
        var field = reader.String("field", required: true);
        var offsetDays = reader.Integer("offsetDays") ?? 0;
        return errors.Count == before ? new TimerAtDocument(path, field, offsetDays) : null;
    }
}
