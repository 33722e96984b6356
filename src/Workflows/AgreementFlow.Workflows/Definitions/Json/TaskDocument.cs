namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>An element of a stage's <c>tasks</c>.</summary>
internal sealed record TaskDocument(
    string Path,
    string? Id,
    LocalizedTextDocument? Title,
    IReadOnlyList<AssigneeDocument> Assignees,
    IReadOnlyList<OutcomeDocument> Outcomes,
    string? Completion,
    DueDocument? Due,
    RemindersDocument? Reminders);
