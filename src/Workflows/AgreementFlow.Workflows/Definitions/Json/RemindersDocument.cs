namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>A task's <c>reminders</c>.</summary>
internal sealed record RemindersDocument(
    string Path,
    bool OnAssignment,
    DueDocument? Before,
    bool OnDueDay,
    DueDocument? RepeatWhenOverdue,
    EscalationDocument? Escalation);
