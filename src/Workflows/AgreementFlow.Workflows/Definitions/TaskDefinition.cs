namespace AgreementFlow.Workflows.Definitions;

/// <summary>A human task: who must act, what they may answer, by when.</summary>
/// <param name="Id">Stable id within the stage, e.g. <c>approve</c>.</param>
/// <param name="Title">What is asked, e.g. «Согласовать договор».</param>
/// <param name="Assignees">Who: roles within parties. With <see cref="CompletionMode.Sequential"/>, in this order.</param>
/// <param name="Outcomes">The answers allowed.</param>
/// <param name="Completion">How several assignees complete the task together.</param>
/// <param name="Due">The deadline, counted from assignment in the assignee organisation's zone and calendar; null for none.</param>
/// <param name="Reminders">Reminder and escalation policy; null for none.</param>
public sealed record TaskDefinition(
    string Id,
    LocalizedText Title,
    IReadOnlyList<AssigneeRule> Assignees,
    IReadOnlyList<OutcomeDefinition> Outcomes,
    CompletionMode Completion,
    DueDuration? Due,
    ReminderPolicy? Reminders)
{
    /// <summary>The outcome with id <paramref name="outcomeId"/>, or null.</summary>
    public OutcomeDefinition? FindOutcome(string outcomeId) => Outcomes.FirstOrDefault(o => o.Id == outcomeId);
}
