namespace AgreementFlow.Workflows.Runtime.Timers;

/// <summary>
/// The two partial indexes the sweep takes due timers by: pending reminders and deadlines, and pending stage
/// timers and actions, each ordered by due time.
/// </summary>
/// <remarks>
/// A fired or cancelled timer leaves its index, so the sweep reads and updates small indexes however many timers
/// have fired, and neither kind of take walks past due rows of the other kind. SQLite uses a partial index only
/// when the query repeats the index's condition term by term, so the claiming SQL includes these very strings
/// (the migration <c>20261124050000_SweepIndexes</c> writes the same text).
/// </remarks>
internal static class TimerIndexes
{
    /// <summary>The index of pending reminder and deadline timers.</summary>
    public const string RemindersName = "IX_WorkflowTimers_DueAtUtc_PendingReminders";

    /// <summary>The condition of <see cref="RemindersName"/>.</summary>
    public const string RemindersFilter = "\"Status\" = 'Pending' AND \"Kind\" IN ('Reminder', 'TaskDue')";

    /// <summary>The index of pending stage timers and actions.</summary>
    public const string StepsName = "IX_WorkflowTimers_DueAtUtc_PendingSteps";

    /// <summary>The condition of <see cref="StepsName"/>.</summary>
    public const string StepsFilter = "\"Status\" = 'Pending' AND \"Kind\" IN ('Stage', 'Action')";
}
