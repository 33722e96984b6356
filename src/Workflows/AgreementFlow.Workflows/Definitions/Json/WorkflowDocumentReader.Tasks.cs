using System.Text.Json;

namespace AgreementFlow.Workflows.Definitions.Json;

internal static partial class WorkflowDocumentReader
{
    private static readonly string[] TaskProperties = ["id", "title", "assignees", "outcomes", "completion", "due", "reminders"];
    private static readonly string[] AssigneeProperties = ["party", "role"];
    private static readonly string[] OutcomeProperties = ["id", "title", "requiresComment", "decisive"];
    private static readonly string[] DueProperties = ["workingDays", "duration", "setting"];
    private static readonly string[] ReminderProperties = ["onAssignment", "before", "onDueDay", "repeatWhenOverdue", "escalation"];
    private static readonly string[] EscalationProperties = ["afterOverdueReminders", "to"];

    private static TaskDocument? ReadTask(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, TaskProperties) is not { } reader)
        {
            return null;
        }

        return new TaskDocument(
            path,
            reader.String("id", required: true),
            reader.Object("title", required: true, ReadText),
            reader.Array("assignees", required: true, "assignee rule", ReadAssignee),
            reader.Array("outcomes", required: true, "outcome", ReadOutcome),
            reader.String("completion"),
            reader.Object("due", required: false, ReadDue),
            reader.Object("reminders", required: false, ReadReminders));
    }

    private static AssigneeDocument? ReadAssignee(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, AssigneeProperties) is not { } reader)
        {
            return null;
        }

        return new AssigneeDocument(path, reader.String("party", required: true), reader.String("role", required: true));
    }

    private static OutcomeDocument? ReadOutcome(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, OutcomeProperties) is not { } reader)
        {
            return null;
        }

        return new OutcomeDocument(
            path,
            reader.String("id", required: true),
            reader.Object("title", required: true, ReadText),
            reader.Boolean("requiresComment"),
            reader.Boolean("decisive"));
    }

    private static DueDocument? ReadDue(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, DueProperties) is not { } reader)
        {
            return null;
        }

        var before = errors.Count;
        var workingDays = reader.Integer("workingDays");
        var duration = reader.String("duration");
        var setting = reader.String("setting");
        var found = (reader.Has("workingDays"), reader.Has("duration")) switch
        {
            (true, true) => "both",
            (false, false) => "neither",
            _ => null,
        };
        if (found is not null)
        {
            errors.Add(path, $"expected exactly one of 'workingDays' or 'duration'; found {found}");
        }

        return errors.Count == before ? new DueDocument(path, workingDays, duration, setting) : null;
    }

    private static RemindersDocument? ReadReminders(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, ReminderProperties) is not { } reader)
        {
            return null;
        }

        return new RemindersDocument(
            path,
            reader.Boolean("onAssignment"),
            reader.Object("before", required: false, ReadDue),
            reader.Boolean("onDueDay"),
            reader.Object("repeatWhenOverdue", required: false, ReadDue),
            reader.Object("escalation", required: false, ReadEscalation));
    }

    private static EscalationDocument? ReadEscalation(JsonElement element, string path, DefinitionErrorList errors)
    {
        if (JsonObjectReader.Open(element, path, errors, EscalationProperties) is not { } reader)
        {
            return null;
        }

        return new EscalationDocument(
            path,
            reader.Integer("afterOverdueReminders", required: true),
            reader.Object("to", required: true, ReadAssignee));
    }
}
