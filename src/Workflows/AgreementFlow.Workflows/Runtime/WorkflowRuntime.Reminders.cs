using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;

namespace AgreementFlow.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>Reminder keys: which reminder of the policy a timer row is.</summary>
    internal static class ReminderKeys
    {
        public const string Before = "before";
        public const string DueDay = "due-day";
        public const string Due = "due";
        public const string Overdue = "overdue";
    }

    /// <summary>Writes the notification and the reminder timers of a newly opened assignment, per its task's policy.</summary>
    private void ScheduleReminders(Step step, TaskDefinition definition, TaskAssignment assignment, OrganizationTime time)
    {
        var policy = definition.Reminders;
        if (policy?.OnAssignment != false)
        {
            step.Messages.Add(Message(step, "task-assigned", assignment, new JsonObject { ["taskId"] = definition.Id }));
        }

        if (assignment.DueAtUtc is not { } due)
        {
            return;
        }

        // Only the next reminder is a row; each one, when it fires, writes the one after it. An answered task
        // cancels one row, not a whole schedule.
        var next = NextReminder(policy, due, time, afterKey: null, step.NowUtc);
        NewTimer(step, next.Kind, next.Key, next.DueAtUtc, assignment.Id);
    }

    /// <summary>
    /// The reminder that follows <paramref name="afterKey"/> (null: the first) in the chain
    /// before → due-day → due; the overdue repeats follow "due" when the task is not answered.
    /// </summary>
    private static (TimerKind Kind, string Key, DateTime DueAtUtc) NextReminder(ReminderPolicy? policy, DateTime due, OrganizationTime time, string? afterKey, DateTime nowUtc)
    {
        if (afterKey is null && policy?.Before is { } before && Deadlines.Before(due, before, time) is var beforeAt && beforeAt > nowUtc)
        {
            return (TimerKind.Reminder, ReminderKeys.Before, beforeAt);
        }

        if (afterKey is null or ReminderKeys.Before && policy?.OnDueDay == true)
        {
            var dueDate = DateOnly.FromDateTime(time.Zone.ToLocal(new DateTimeOffset(due, TimeSpan.Zero)));
            var morning = Deadlines.StartOfWorkingDayUtc(dueDate, time);
            if (morning > nowUtc && morning < due)
            {
                return (TimerKind.Reminder, ReminderKeys.DueDay, morning);
            }
        }

        return (TimerKind.TaskDue, ReminderKeys.Due, due);
    }

    private OutboxMessage Message(Step step, string kind, TaskAssignment assignment, JsonObject payload, Guid? recipient = null)
    {
        payload["instanceId"] = step.Instance.Id.ToString();
        payload["assignmentId"] = assignment.Id.ToString();
        payload["stage"] = step.Instance.Stage;
        if (assignment.DueAtUtc is { } due)
        {
            payload["dueAtUtc"] = due.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }

        return new OutboxMessage
        {
            Id = NewId(),
            Kind = kind,
            InstanceId = step.Instance.Id,
            AssignmentId = assignment.Id,
            RecipientPersonId = recipient ?? assignment.AssigneePersonId,
            Payload = payload.ToJsonString(),
            CreatedAtUtc = step.NowUtc,
            AvailableAtUtc = step.NowUtc,
        };
    }
}
