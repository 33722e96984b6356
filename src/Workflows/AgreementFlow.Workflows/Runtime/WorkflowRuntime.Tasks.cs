using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Idempotency;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Persistence;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    // The two reads of every answer, compiled once (EF otherwise looks each query's shape up in its cache every time).
    // The instance through the assignment, which never changes instance: an uncorrelated scalar subquery, so both
    // databases look the instance up by its key (a correlated EXISTS had SQLite scan every instance).
    private static readonly CompiledPerModel<Func<DbContext, Guid, CancellationToken, Task<WorkflowInstance?>>> InstanceOfAssignment = new(() =>
        EF.CompileAsyncQuery((DbContext context, Guid assignmentId, CancellationToken _) => context.Set<WorkflowInstance>().Include(i => i.Parties)
            .Where(i => i.Id == context.Set<TaskAssignment>().Where(a => a.Id == assignmentId).Select(a => a.InstanceId).FirstOrDefault())
            .SingleOrDefault()));

    // The answered task and every open task of the instance, with all their assignments.
    private static readonly CompiledPerModel<Func<DbContext, Guid, Guid, IAsyncEnumerable<HumanTask>>> OpenWorkAnd = new(() =>
        EF.CompileAsyncQuery((DbContext context, Guid instanceId, Guid assignmentId) => context.Set<HumanTask>().Include(t => t.Assignments)
            .Where(t => t.InstanceId == instanceId && (t.Status == HumanTaskStatus.Open || t.Assignments.Any(a => a.Id == assignmentId)))));

    /// <summary>
    /// Records a person's answer to their part of a task and moves the instance on as the route says.
    /// With an idempotency key, a repeat returns the first answer and changes nothing.
    /// </summary>
    public Task<StepResult> CompleteTaskAsync(CompleteTask request, CancellationToken cancellationToken) =>
        OnOneConnectionAsync(() => CompleteTaskOnOpenConnectionAsync(request, cancellationToken), cancellationToken);

    private async Task<StepResult> CompleteTaskOnOpenConnectionAsync(CompleteTask request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var requestHash = request.IdempotencyKey is null ? null : HashOf(request);
        if (request.IdempotencyKey is not null)
        {
            var earlier = await FindIdempotentAsync(request.PersonId, request.IdempotencyKey, requestHash!, cancellationToken);
            if (earlier is not null)
            {
                return earlier;
            }
        }

        // The instance is read before the task: a step that commits in between is then seen in the task's
        // status, or else caught by the instance's revision. Read the other way round, both could pass.
        // One query finds the instance through the assignment.
        var assignmentId = request.AssignmentId;
        var context = Context;
        var instance = await InstanceOfAssignment.For(context)(context, assignmentId, cancellationToken);
        if (instance is null)
        {
            return StepResult.Refuse(StepStatus.NotFound, $"Task {request.AssignmentId} does not exist.");
        }

        // The answered task and every open task of the instance, with all their assignments, in one query: the
        // step then knows all open work (to cancel it on leaving the stage, and for the nearest deadline) without asking again.
        var openWork = new List<HumanTask>();
        await foreach (var open in OpenWorkAnd.For(context)(context, instance.Id, assignmentId).WithCancellation(cancellationToken))
        {
            openWork.Add(open);
        }

        var assignment = openWork.SelectMany(t => t.Assignments).Single(a => a.Id == assignmentId);

        if (assignment.AssigneePersonId != request.PersonId)
        {
            return StepResult.Refuse(StepStatus.Forbidden, "This task is assigned to someone else.");
        }

        if (assignment.Status != AssignmentStatus.Open)
        {
            return StepResult.Refuse(StepStatus.Conflict, assignment.Status == AssignmentStatus.Completed
                ? "This task is already completed."
                : "This task is no longer open: the agreement has moved on.");
        }

        if (request.ExpectedRevision is { } expected && expected != instance.Revision)
        {
            return StepResult.Refuse(StepStatus.Conflict, $"The instance has moved on: revision {instance.Revision}, not {expected}. Reload and try again.");
        }

        var definition = DefinitionOf(instance);
        var task = assignment.HumanTask!;
        var taskDefinition = definition.GetStage(task.Stage).FindTask(task.TaskId)
            ?? throw new InvalidOperationException($"Instance {instance.Id}: task '{task.TaskId}' is not in stage '{task.Stage}' of {definition}.");
        var outcome = taskDefinition.FindOutcome(request.Outcome);
        if (outcome is null)
        {
            return StepResult.Refuse(StepStatus.NotAllowed,
                $"'{request.Outcome}' is not an answer to this task; allowed: {string.Join(", ", taskDefinition.Outcomes.Select(o => o.Id))}.", "outcome");
        }

        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        if (outcome.RequiresComment && comment is null)
        {
            return StepResult.Refuse(StepStatus.Invalid, $"A comment is required to answer '{outcome.Title.Ru}'.", "comment");
        }

        if (comment is { Length: > 4000 })
        {
            return StepResult.Refuse(StepStatus.Invalid, "The comment is longer than 4000 characters.", "comment");
        }

        if (await OutcomeRefusalAsync(instance, task, assignment, outcome.Id, request.PersonId, cancellationToken) is { } outcomeRefusal)
        {
            return StepResult.Refuse(outcomeRefusal);
        }

        var data = ParseData(instance);
        if (request.Data is not null)
        {
            DataPath.Merge(data, request.Data);
        }

        var fromStage = instance.Stage;
        var step = new Step(instance, definition, data, Now) { OpenWorkLoaded = true };
        assignment.Status = AssignmentStatus.Completed;
        assignment.Outcome = outcome.Id;
        assignment.Comment = comment;
        assignment.CompletedAtUtc = step.NowUtc;
        assignment.CompletedByPersonId = request.PersonId;
        step.TimerCancellations.Add(assignment.Id);
        step.Journal(JournalEntryKind.TaskCompleted, request.PersonId, assignment.ActingForPersonId, assignment.OrganizationId,
            fromStage: fromStage, taskId: task.TaskId, outcome: outcome.Id, comment: comment);

        if (await TaskIsDoneAsync(step, taskDefinition, task, assignment, outcome, cancellationToken))
        {
            task.Status = HumanTaskStatus.Completed;
            task.Outcome = outcome.Id;
            task.CompletedAtUtc = step.NowUtc;
            await TakeTransitionAsync(step,
                t => t.Trigger == TransitionTrigger.Outcome && t.Source == task.TaskId && t.Outcome == outcome.Id,
                request.PersonId, cancellationToken);
            if (step.Refusal is { } refusal)
            {
                // Nothing of this answer is kept: the task stays open for another try.
                db.ChangeTracker.Clear();
                return StepResult.Refuse(refusal);
            }
        }

        if (request.IdempotencyKey is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                PersonId = request.PersonId,
                Key = request.IdempotencyKey,
                RequestHash = requestHash!,
                StatusCode = 200,
                Response = JsonSerializer.Serialize(new StoredStep(instance.Id, instance.Stage, instance.Revision + 1)),
                CreatedAtUtc = step.NowUtc,
            });
        }

        var result = await CommitAsync(step, fromStage, cancellationToken);
        if (result.Status == StepStatus.Conflict && request.IdempotencyKey is not null)
        {
            // A concurrent repeat of the same request may have won: answer as it did.
            return await FindIdempotentAsync(request.PersonId, request.IdempotencyKey, requestHash!, cancellationToken) ?? result;
        }

        return result;
    }

    /// <summary>Hands a person's open part of a task to a colleague of the same organisation and role; history keeps both.</summary>
    public async Task<StepResult> DelegateTaskAsync(Guid assignmentId, Guid fromPersonId, Guid toPersonId, CancellationToken cancellationToken)
    {
        var instanceId = await db.TaskAssignments.Where(a => a.Id == assignmentId).Select(a => (Guid?)a.InstanceId).SingleOrDefaultAsync(cancellationToken);
        if (instanceId is null)
        {
            return StepResult.Refuse(StepStatus.NotFound, $"Task {assignmentId} does not exist.");
        }

        var instance = await db.WorkflowInstances.Include(i => i.Parties).SingleAsync(i => i.Id == instanceId, cancellationToken);
        var assignment = await db.TaskAssignments.SingleAsync(a => a.Id == assignmentId, cancellationToken);

        if (assignment.AssigneePersonId != fromPersonId)
        {
            return StepResult.Refuse(StepStatus.Forbidden, "Only the assignee can delegate this task.");
        }

        if (assignment.Status != AssignmentStatus.Open)
        {
            return StepResult.Refuse(StepStatus.Conflict, "This task is no longer open.");
        }

        if (toPersonId == fromPersonId)
        {
            return StepResult.Refuse(StepStatus.Invalid, "Choose a colleague other than yourself.", "personId");
        }

        if (!await directory.HoldsRoleAsync(toPersonId, assignment.OrganizationId, assignment.Role, cancellationToken))
        {
            return StepResult.Refuse(StepStatus.NotAllowed, $"The colleague must hold the role '{assignment.Role}' in the same organisation.", "personId");
        }

        var step = new Step(instance, DefinitionOf(instance), ParseData(instance), Now);
        assignment.DelegatedByPersonId = fromPersonId;
        assignment.AssigneePersonId = toPersonId;
        step.Journal(JournalEntryKind.TaskDelegated, fromPersonId, assignment.ActingForPersonId, assignment.OrganizationId,
            fromStage: instance.Stage, taskId: (await db.HumanTasks.SingleAsync(t => t.Id == assignment.HumanTaskId, cancellationToken)).TaskId,
            details: new JsonObject { ["to"] = toPersonId.ToString() }.ToJsonString());
        step.Messages.Add(Message(step, "task-assigned", assignment, new JsonObject { ["delegatedBy"] = fromPersonId.ToString() }));
        return await CommitAsync(step, instance.Stage, cancellationToken);
    }

    /// <summary>Runs a manual command of the current stage (e.g. terminate); the caller has checked the person's role.</summary>
    public Task<StepResult> RunCommandAsync(Guid instanceId, string commandId, Guid personId, string? comment, CancellationToken cancellationToken) =>
        OnOneConnectionAsync(() => RunCommandOnOpenConnectionAsync(instanceId, commandId, personId, comment, cancellationToken), cancellationToken);

    private async Task<StepResult> RunCommandOnOpenConnectionAsync(Guid instanceId, string commandId, Guid personId, string? comment, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.Include(i => i.Parties).SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null)
        {
            return StepResult.Refuse(StepStatus.NotFound, $"Instance {instanceId} does not exist.");
        }

        var definition = DefinitionOf(instance);
        var command = definition.GetStage(instance.Stage).Commands.FirstOrDefault(c => c.Id == commandId);
        if (command is null)
        {
            return StepResult.Refuse(StepStatus.NotAllowed, $"'{commandId}' cannot be done at stage '{instance.Stage}'.");
        }

        if (!await MayRunAsync(instance, command, personId, cancellationToken))
        {
            return StepResult.Refuse(StepStatus.Forbidden, $"'{command.Title.Ru}' is for {string.Join(", ", command.AllowedRoles.Select(r => $"{r.Party}:{r.Role}"))}.");
        }

        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (command.RequiresComment && text is null)
        {
            return StepResult.Refuse(StepStatus.Invalid, $"Give a reason to '{command.Title.Ru}'.", "comment");
        }

        var fromStage = instance.Stage;
        var step = new Step(instance, definition, ParseData(instance), Now);
        step.Journal(JournalEntryKind.CommandRun, personId, null, null, fromStage: fromStage, outcome: command.Id, comment: text);
        if (command.Action is { } action)
        {
            var timer = NewTimer(step, TimerKind.Action, action.Name, step.NowUtc);
            var parameters = new Dictionary<string, string>(action.Parameters) { ["requestedBy"] = personId.ToString() };
            timer.Payload = JsonSerializer.Serialize(parameters);
            step.ImmediateActions.Add(timer);
        }

        await TakeTransitionAsync(step, t => t.Trigger == TransitionTrigger.Command && t.Source == command.Id, personId, cancellationToken);
        if (step.Refusal is { } refusal)
        {
            db.ChangeTracker.Clear();
            return StepResult.Refuse(refusal);
        }

        return await CommitAsync(step, fromStage, cancellationToken);
    }

    /// <summary>The commands of the instance's current stage that <paramref name="personId"/> may run.</summary>
    public async Task<IReadOnlyList<CommandDefinition>> AvailableCommandsAsync(Guid instanceId, Guid personId, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().Include(i => i.Parties).SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null)
        {
            return [];
        }

        var result = new List<CommandDefinition>();
        foreach (var command in DefinitionOf(instance).GetStage(instance.Stage).Commands)
        {
            if (await MayRunAsync(instance, command, personId, cancellationToken))
            {
                result.Add(command);
            }
        }

        return result;
    }

    private async Task<bool> MayRunAsync(WorkflowInstance instance, CommandDefinition command, Guid personId, CancellationToken cancellationToken)
    {
        foreach (var rule in command.AllowedRoles)
        {
            foreach (var organizationId in PartiesOf(instance, rule.Party))
            {
                if (await directory.HoldsRoleAsync(personId, organizationId, rule.Role, cancellationToken))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether answering <paramref name="assignment"/> completes its task; opens the next part of a sequential task.</summary>
    private async Task<bool> TaskIsDoneAsync(Step step, TaskDefinition definition, HumanTask task, TaskAssignment assignment, OutcomeDefinition outcome, CancellationToken cancellationToken)
    {
        var others = task.Assignments.Where(a => a.Id != assignment.Id && a.Status is AssignmentStatus.Open or AssignmentStatus.Waiting).ToList();
        if (outcome.Decisive || definition.Completion == CompletionMode.Any)
        {
            foreach (var other in others)
            {
                other.Status = AssignmentStatus.Cancelled;
                other.CompletedAtUtc = step.NowUtc;
                step.TimerCancellations.Add(other.Id);
            }

            return true;
        }

        if (definition.Completion == CompletionMode.Sequential)
        {
            var next = others.Where(a => a.Status == AssignmentStatus.Waiting).OrderBy(a => a.Sequence).FirstOrDefault();
            if (next is null)
            {
                return true;
            }

            await OpenAssignmentAsync(step, definition, next, cancellationToken);
            return false;
        }

        return others.Count == 0;
    }

    private async Task<StepResult?> FindIdempotentAsync(Guid personId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.PersonId == personId && r.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        if (record.RequestHash != requestHash)
        {
            return StepResult.Refuse(StepStatus.NotAllowed, "This Idempotency-Key was used for a different request.");
        }

        var stored = JsonSerializer.Deserialize<StoredStep>(record.Response)!;
        return StepResult.Done(stored.InstanceId, stored.Stage, stored.Revision);
    }

    private static string HashOf(CompleteTask request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{request.AssignmentId:N}\u001f{request.Outcome}\u001f{request.Comment}\u001f{request.Data?.ToJsonString()}")));

    private sealed record StoredStep(Guid InstanceId, string Stage, int Revision);
}
