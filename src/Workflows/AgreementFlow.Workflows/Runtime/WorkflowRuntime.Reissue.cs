using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Gives people their task again: each named completed assignment of a still-open task is re-opened for the same person
    /// (and for whom they act), with a fresh deadline and reminder chain, a <see cref="JournalEntryKind.TaskReissued"/> entry
    /// saying why and a <c>task-assigned</c> e-mail carrying the reason. One step, one transaction, with whatever the caller
    /// has already added to the context (the new document version that voids the answers).
    /// </summary>
    /// <remarks>
    /// Only answers inside the current stage can be given again: a task that is already completed or cancelled has moved the
    /// instance on, and its assignments are left as they are (the result's revision tells the caller the step ran).
    /// Nothing to re-open still commits the caller's pending changes as a step.
    /// </remarks>
    public async Task<StepResult> ReissueAsync(ReissueAssignments request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return StepResult.Refuse(StepStatus.Invalid, "Say why the answers no longer hold.", "reason");
        }

        var instance = await db.WorkflowInstances.Include(i => i.Parties).SingleOrDefaultAsync(i => i.Id == request.InstanceId, cancellationToken);
        if (instance is null)
        {
            return StepResult.Refuse(StepStatus.NotFound, $"Instance {request.InstanceId} does not exist.");
        }

        var ids = request.AssignmentIds.Distinct().ToList();
        var assignments = await db.TaskAssignments.Include(a => a.HumanTask)
            .Where(a => a.InstanceId == instance.Id && ids.Contains(a.Id))
            .ToListAsync(cancellationToken);

        var step = new Step(instance, DefinitionOf(instance), ParseData(instance), Now);
        var reason = request.Reason.Trim();
        foreach (var assignment in assignments.OrderBy(a => a.Sequence))
        {
            var task = assignment.HumanTask!;
            if (assignment.Status != AssignmentStatus.Completed || task.Status != HumanTaskStatus.Open || task.Stage != instance.Stage)
            {
                continue;
            }

            var definition = step.Definition.GetStage(task.Stage).FindTask(task.TaskId);
            if (definition is null)
            {
                continue;
            }

            var voidedOutcome = assignment.Outcome;
            var time = await organizationTime.GetAsync(assignment.OrganizationId, cancellationToken);
            assignment.Status = AssignmentStatus.Open;
            assignment.Outcome = null;
            assignment.Comment = null;
            assignment.CompletedAtUtc = null;
            assignment.CompletedByPersonId = null;
            assignment.OpenedAtUtc = step.NowUtc;
            assignment.DueAtUtc = definition.Due is { } due ? Deadlines.DueAt(due, step.NowUtc, time, settings) : null;

            var details = request.Details?.DeepClone() as JsonObject ?? [];
            details["assignmentId"] = assignment.Id.ToString();
            details["assignee"] = assignment.AssigneePersonId?.ToString();
            details["voidedOutcome"] = voidedOutcome;
            step.Journal(JournalEntryKind.TaskReissued, request.PersonId, null, assignment.OrganizationId,
                fromStage: instance.Stage, taskId: task.TaskId, outcome: voidedOutcome, comment: reason, details: details.ToJsonString());

            var payload = request.Details?.DeepClone() as JsonObject ?? [];
            payload["taskId"] = task.TaskId;
            payload["reissued"] = true;
            payload["reason"] = reason;
            step.Messages.Add(Message(step, "task-assigned", assignment, payload));
            if (assignment.DueAtUtc is { } dueAt)
            {
                var next = NextReminder(definition.Reminders, dueAt, time, afterKey: null, step.NowUtc);
                NewTimer(step, next.Kind, next.Key, next.DueAtUtc, assignment.Id);
            }
        }

        return await CommitAsync(step, instance.Stage, cancellationToken);
    }
}
