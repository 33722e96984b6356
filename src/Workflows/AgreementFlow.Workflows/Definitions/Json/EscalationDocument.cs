namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary><c>{"afterOverdueReminders": 2, "to": {"party": "base", "role": "director"}}</c>.</summary>
internal sealed record EscalationDocument(string Path, int? AfterOverdueReminders, AssigneeDocument? To);
