namespace AgreementFlow.Workflows.Definitions;

/// <summary>When to remind the assignee of a task and when to escalate; the reminders capability sends them.</summary>
/// <param name="OnAssignment">Notify when the task is assigned.</param>
/// <param name="Before">Remind this long before the due time; null for no such reminder.</param>
/// <param name="OnDueDay">Remind on the morning of the due day.</param>
/// <param name="RepeatWhenOverdue">Repeat every this long while overdue; null for no repeats.</param>
/// <param name="Escalation">Escalate after a number of overdue reminders; null for none.</param>
public sealed record ReminderPolicy(
    bool OnAssignment,
    DueDuration? Before,
    bool OnDueDay,
    DueDuration? RepeatWhenOverdue,
    EscalationPolicy? Escalation);

/// <summary>Who hears about an overdue task, and when.</summary>
/// <param name="AfterOverdueReminders">After this many overdue reminders went unanswered.</param>
/// <param name="To">The role to escalate to (the substitute acts when that person is absent).</param>
public sealed record EscalationPolicy(int AfterOverdueReminders, AssigneeRule To);
