using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Hands a person's open (or waiting) part of a task to another person of the same organisation on someone else's say —
    /// e.g. the base's coordinator names a partner's contact, who then answers for the partner. Unlike
    /// <see cref="DelegateTaskAsync"/> the new assignee need not hold the part's role; the caller has checked that
    /// <paramref name="byPersonId"/> may decide this and that <paramref name="toPersonId"/> belongs to the organisation.
    /// </summary>
    /// <remarks>
    /// The part keeps its deadline and reminders (they read the assignee when they fire); the previous assignee is kept as
    /// <see cref="TaskAssignment.DelegatedByPersonId"/> and the journal records who decided, from whom, to whom and why.
    /// Pending changes of the caller commit in the same transaction.
    /// </remarks>
    /// <param name="assignmentId">The part of the task, as the inbox names it.</param>
    /// <param name="toPersonId">The new assignee.</param>
    /// <param name="byPersonId">Who decided (journalled as the actor).</param>
    /// <param name="reason">Why, a short code kept in the journal (e.g. <c>partner-contact</c>).</param>
    /// <param name="notify">Whether the new assignee gets the usual task-assigned e-mail (off when the caller sends its own).</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    public async Task<StepResult> ReassignTaskAsync(
        Guid assignmentId, Guid toPersonId, Guid byPersonId, string reason, bool notify, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var instanceId = await db.TaskAssignments.Where(a => a.Id == assignmentId).Select(a => (Guid?)a.InstanceId).SingleOrDefaultAsync(cancellationToken);
        if (instanceId is null)
        {
            return StepResult.Refuse(StepStatus.NotFound, $"Task {assignmentId} does not exist.");
        }

        var instance = await db.WorkflowInstances.Include(i => i.Parties).SingleAsync(i => i.Id == instanceId, cancellationToken);
        var assignment = await db.TaskAssignments.Include(a => a.HumanTask).SingleAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment.Status is not (AssignmentStatus.Open or AssignmentStatus.Waiting))
        {
            return StepResult.Refuse(StepStatus.Conflict, "This task is no longer open.");
        }

        if (assignment.AssigneePersonId == toPersonId)
        {
            return StepResult.Refuse(StepStatus.Conflict, "The task is already assigned to this person.", "personId");
        }

        var step = new Step(instance, DefinitionOf(instance), ParseData(instance), Now);
        var from = assignment.AssigneePersonId;
        assignment.DelegatedByPersonId = from;
        assignment.ActingForPersonId = null;
        assignment.AssigneePersonId = toPersonId;
        step.Journal(JournalEntryKind.TaskDelegated, byPersonId, null, assignment.OrganizationId,
            fromStage: instance.Stage, taskId: assignment.HumanTask!.TaskId,
            details: new JsonObject
            {
                ["from"] = from?.ToString(),
                ["to"] = toPersonId.ToString(),
                ["reason"] = reason,
            }.ToJsonString());
        if (notify && assignment.Status == AssignmentStatus.Open)
        {
            step.Messages.Add(Message(step, "task-assigned", assignment, new JsonObject { ["reassignedBy"] = byPersonId.ToString() }));
        }

        return await CommitAsync(step, instance.Stage, cancellationToken);
    }
}
