using System.Globalization;
using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Moves an open task's deadline. Its reminder chain is recomputed from the new deadline (the pending reminder is
    /// cancelled, the next one of the policy scheduled), the change is journaled, and the assignee is told in the same
    /// transaction (their calendar entry for the task is replaced).
    /// </summary>
    /// <remarks>The caller has checked that <paramref name="personId"/> may change it.</remarks>
    public async Task<StepResult> ChangeDeadlineAsync(Guid assignmentId, DateTime newDueUtc, Guid personId, CancellationToken cancellationToken)
    {
        var instanceId = await db.TaskAssignments.Where(a => a.Id == assignmentId).Select(a => (Guid?)a.InstanceId).SingleOrDefaultAsync(cancellationToken);
        if (instanceId is null)
        {
            return StepResult.Refuse(StepStatus.NotFound, $"Task {assignmentId} does not exist.");
        }

        var instance = await db.WorkflowInstances.Include(i => i.Parties).SingleAsync(i => i.Id == instanceId, cancellationToken);
        var assignment = await db.TaskAssignments.Include(a => a.HumanTask).SingleAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment.Status != AssignmentStatus.Open)
        {
            return StepResult.Refuse(StepStatus.Conflict, "This task is no longer open: its deadline cannot change.");
        }

        var now = Now;
        var due = DateTime.SpecifyKind(newDueUtc, DateTimeKind.Utc);
        if (due <= now)
        {
            return StepResult.Refuse(StepStatus.Invalid, "The new deadline must be in the future.", "dueAt");
        }

        var step = new Step(instance, DefinitionOf(instance), ParseData(instance), now);
        var task = assignment.HumanTask!;
        var definition = step.Definition.GetStage(task.Stage).FindTask(task.TaskId);
        var previous = assignment.DueAtUtc;
        assignment.DueAtUtc = due;

        // The chain restarts from the new deadline: the pending reminder goes, the policy's next one comes.
        step.TimerCancellations.Add(assignment.Id);
        var time = await organizationTime.GetAsync(assignment.OrganizationId, cancellationToken);
        var next = NextReminder(definition?.Reminders, due, time, afterKey: null, now);
        NewTimer(step, next.Kind, next.Key, next.DueAtUtc, assignment.Id);

        var details = new JsonObject
        {
            ["from"] = previous?.ToString("O", CultureInfo.InvariantCulture),
            ["to"] = due.ToString("O", CultureInfo.InvariantCulture),
        };
        step.Journal(JournalEntryKind.DeadlineChanged, personId, null, assignment.OrganizationId, fromStage: instance.Stage, taskId: task.TaskId, details: details.ToJsonString());
        step.Messages.Add(Message(step, "task-deadline-changed", assignment, new JsonObject
        {
            ["previousDueAtUtc"] = previous?.ToString("O", CultureInfo.InvariantCulture),
            ["changedBy"] = personId.ToString(),
        }));
        return await CommitAsync(step, instance.Stage, cancellationToken);
    }
}
