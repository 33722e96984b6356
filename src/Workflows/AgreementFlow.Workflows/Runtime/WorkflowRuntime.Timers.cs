using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AgreementFlow.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Claims up to one batch of due timers for this node. Claimed rows are fired by <see cref="FireTimerAsync"/>;
    /// a claim that lapses (the node died) lets another node take the row.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ClaimDueTimersAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var until = now + options.Value.ClaimDuration;
        var node = options.Value.NodeName;
        var candidates = await db.WorkflowTimers.AsNoTracking()
            .Where(t => t.Status == TimerStatus.Pending && t.DueAtUtc <= now && (t.ClaimedUntilUtc == null || t.ClaimedUntilUtc < now))
            .OrderBy(t => t.DueAtUtc)
            .Select(t => t.Id)
            .Take(options.Value.SweepBatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // The claim re-checks the row, so of two nodes claiming the same timer only one gets it.
        await db.WorkflowTimers
            .Where(t => candidates.Contains(t.Id) && t.Status == TimerStatus.Pending && (t.ClaimedUntilUtc == null || t.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.ClaimedBy, node).SetProperty(t => t.ClaimedUntilUtc, until), cancellationToken);
        return await db.WorkflowTimers.AsNoTracking()
            .Where(t => candidates.Contains(t.Id) && t.ClaimedBy == node && t.ClaimedUntilUtc == until)
            .OrderBy(t => t.DueAtUtc)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Fires one due timer as a step of its own; false when it was no longer pending (fired elsewhere, cancelled).</summary>
    public async Task<bool> FireTimerAsync(Guid timerId, CancellationToken cancellationToken)
    {
        var timer = await db.WorkflowTimers.SingleOrDefaultAsync(t => t.Id == timerId, cancellationToken);
        if (timer is null || timer.Status != TimerStatus.Pending)
        {
            return false;
        }

        var instance = await db.WorkflowInstances.Include(i => i.Parties).SingleAsync(i => i.Id == timer.InstanceId, cancellationToken);
        var definition = DefinitionOf(instance);
        var step = new Step(instance, definition, ParseData(instance), Now);
        timer.Status = TimerStatus.Fired;
        timer.FiredAtUtc = step.NowUtc;
        timer.Attempts++;
        var fromStage = instance.Stage;

        if (timer.Stage != instance.Stage && timer.Kind is TimerKind.Stage or TimerKind.TaskDue or TimerKind.Reminder)
        {
            // A stage already left: nothing to do (its cancellation raced the sweep).
            return await SaveTimerOnlyAsync(cancellationToken);
        }

        switch (timer.Kind)
        {
            case TimerKind.Action:
                return await RunActionAsync(step, timer, fromStage, cancellationToken);
            case TimerKind.Stage:
                var stageTimer = definition.GetStage(instance.Stage).Timers.FirstOrDefault(t => t.Id == timer.Key);
                step.Journal(JournalEntryKind.TimerFired, null, null, null, fromStage: fromStage, details: new JsonObject { ["timer"] = timer.Key }.ToJsonString());
                if (stageTimer?.Action is { } action)
                {
                    var actionTimer = NewTimer(step, TimerKind.Action, action.Name, step.NowUtc);
                    actionTimer.Payload = JsonSerializer.Serialize(action.Parameters);
                    step.ImmediateActions.Add(actionTimer);
                }

                await TakeTransitionAsync(step, t => t.Trigger == TransitionTrigger.Timer && t.Source == timer.Key, null, cancellationToken);
                return (await CommitAsync(step, fromStage, cancellationToken)).Succeeded;
            default:
                await RemindAsync(step, timer, null, cancellationToken);
                return await SaveTimerOnlyAsync(cancellationToken);
        }
    }

    /// <summary>Claims and fires due timers until none is left or <paramref name="maxBatches"/> batches ran; returns how many fired.</summary>
    /// <remarks>
    /// Reminders and deadlines change no instance state: a batch of them fires in one transaction, each row
    /// still guarded by its status token (if another node fired one, the batch falls back to one by one).
    /// Stage timers and actions move instances, so each fires as a step of its own.
    /// </remarks>
    public async Task<int> RunDueTimersAsync(int maxBatches, CancellationToken cancellationToken)
    {
        var fired = 0;
        for (var batch = 0; batch < maxBatches; batch++)
        {
            var claimed = await ClaimDueTimersAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }

            db.ChangeTracker.Clear();
            var kinds = await db.WorkflowTimers.AsNoTracking().Where(t => claimed.Contains(t.Id))
                .Select(t => new { t.Id, t.Kind }).ToDictionaryAsync(t => t.Id, t => t.Kind, cancellationToken);
            var reminders = claimed.Where(id => kinds.GetValueOrDefault(id) is TimerKind.Reminder or TimerKind.TaskDue).ToList();
            var batchFired = reminders.Count > 0 ? await FireRemindersTogetherAsync(reminders, cancellationToken) : 0;
            var oneByOne = batchFired < 0 ? claimed : claimed.Except(reminders).ToList();
            fired += Math.Max(batchFired, 0);
            foreach (var id in oneByOne)
            {
                db.ChangeTracker.Clear();
                try
                {
                    if (await FireTimerAsync(id, cancellationToken))
                    {
                        fired++;
                    }
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Fired by another node first: exactly what the concurrency token is for.
                    db.ChangeTracker.Clear();
                }
            }
        }

        return fired;
    }

    /// <summary>Fires reminder and deadline timers in one transaction; -1 when another node got to one of them first.</summary>
    private async Task<int> FireRemindersTogetherAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var timers = await db.WorkflowTimers.Where(t => ids.Contains(t.Id) && t.Status == TimerStatus.Pending).ToListAsync(cancellationToken);
        var instanceIds = timers.Select(t => t.InstanceId).Distinct().ToList();
        var instances = await db.WorkflowInstances.Include(i => i.Parties).Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var assignmentIds = timers.Select(t => t.AssignmentId).OfType<Guid>().Distinct().ToList();
        var assignments = await db.TaskAssignments.Include(a => a.HumanTask).Where(a => assignmentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var now = Now;
        foreach (var timer in timers)
        {
            timer.Status = TimerStatus.Fired;
            timer.FiredAtUtc = now;
            timer.Attempts++;
            var instance = instances[timer.InstanceId];
            if (timer.Stage == instance.Stage)
            {
                await RemindAsync(new Step(instance, DefinitionOf(instance), [], now), timer, assignments, cancellationToken);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return timers.Count;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return -1;
        }
    }

    private async Task<bool> SaveTimerOnlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Runs an automatic action; a failure is kept as an incident, never thrown at whoever caused the step.</summary>
    private async Task<bool> RunActionAsync(Step step, WorkflowTimer timer, string fromStage, CancellationToken cancellationToken)
    {
        var parameters = timer.Payload is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(timer.Payload) ?? [];
        if (!_actions.TryGetValue(timer.Key, out var action))
        {
            return await FaultAsync(step, timer, $"No capability registered the action '{timer.Key}'.", null, cancellationToken);
        }

        var context = new WorkflowActionContext(timer.Id, step.Instance, step.Data, parameters, step.NowUtc, step.Messages);
        try
        {
            await action.ExecuteAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Action {Action} failed on instance {InstanceId}", timer.Key, step.Instance.Id);
            return await FaultAsync(step, timer, $"The action '{timer.Key}' failed: {ex.Message}", ex.ToString(), cancellationToken);
        }

        step.Journal(JournalEntryKind.ActionCompleted, null, null, null, fromStage: fromStage, details: new JsonObject { ["action"] = timer.Key }.ToJsonString());
        foreach (var incident in await db.Incidents.Where(i => i.TimerId == timer.Id && i.ResolvedAtUtc == null).ToListAsync(cancellationToken))
        {
            incident.ResolvedAtUtc = step.NowUtc;
        }

        return (await CommitAsync(step, fromStage, cancellationToken)).Succeeded;
    }

    private async Task<bool> FaultAsync(Step step, WorkflowTimer timer, string message, string? details, CancellationToken cancellationToken)
    {
        // Whatever the action changed is dropped; the instance keeps the state of the step before it.
        var timerId = timer.Id;
        var instanceId = step.Instance.Id;
        db.ChangeTracker.Clear();
        var freshTimer = await db.WorkflowTimers.SingleAsync(t => t.Id == timerId, cancellationToken);
        var instance = await db.WorkflowInstances.Include(i => i.Parties).SingleAsync(i => i.Id == instanceId, cancellationToken);
        if (freshTimer.Status != TimerStatus.Pending)
        {
            return false;
        }

        var faultStep = new Step(instance, DefinitionOf(instance), ParseData(instance), step.NowUtc);
        freshTimer.Status = TimerStatus.Faulted;
        freshTimer.Attempts++;
        var open = await db.Incidents.SingleOrDefaultAsync(i => i.TimerId == timerId && i.ResolvedAtUtc == null, cancellationToken);
        if (open is null)
        {
            RaiseIncident(faultStep, freshTimer.Key, timerId, message, details);
        }
        else
        {
            open.Message = message;
            open.Details = details;
        }

        await CommitAsync(faultStep, instance.Stage, cancellationToken);
        return false;
    }

    /// <summary>A deadline, reminder or escalation: writes the outbox message and schedules the next overdue reminder.</summary>
    private async Task RemindAsync(Step step, WorkflowTimer timer, IReadOnlyDictionary<Guid, TaskAssignment>? preloaded, CancellationToken cancellationToken)
    {
        var assignment = timer.AssignmentId is not { } id ? null
            : preloaded is not null ? preloaded.GetValueOrDefault(id)
            : await db.TaskAssignments.Include(a => a.HumanTask).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null || assignment.Status != AssignmentStatus.Open)
        {
            return;
        }

        var definition = step.Definition.GetStage(assignment.HumanTask!.Stage).FindTask(assignment.HumanTask.TaskId);
        var policy = definition?.Reminders;
        var time = await organizationTime.GetAsync(assignment.OrganizationId, cancellationToken);
        switch (timer.Key)
        {
            case ReminderKeys.Before or ReminderKeys.DueDay:
                // After downtime a "due tomorrow" reminder for a task already overdue would mislead: the chain moves on silently.
                if (assignment.DueAtUtc is not { } dueAt || step.NowUtc < dueAt)
                {
                    db.OutboxMessages.Add(Message(step, "task-reminder", assignment, new JsonObject { ["reminder"] = timer.Key }));
                }

                if (assignment.DueAtUtc is { } due)
                {
                    var next = NextReminder(policy, due, time, timer.Key, step.NowUtc);
                    db.WorkflowTimers.Add(new WorkflowTimer
                    {
                        Id = NewId(),
                        InstanceId = step.Instance.Id,
                        Kind = next.Kind,
                        Stage = timer.Stage,
                        Key = next.Key,
                        AssignmentId = assignment.Id,
                        DueAtUtc = next.DueAtUtc,
                        Status = TimerStatus.Pending,
                    });
                }

                break;
            case ReminderKeys.Due or ReminderKeys.Overdue:
                var overdueCount = timer.Key == ReminderKeys.Due ? 0 : await db.WorkflowTimers.CountAsync(
                    t => t.AssignmentId == assignment.Id && t.Key == ReminderKeys.Overdue && t.Status == TimerStatus.Fired, cancellationToken) + 1;
                if (timer.Key == ReminderKeys.Overdue)
                {
                    db.OutboxMessages.Add(Message(step, "task-reminder", assignment, new JsonObject { ["reminder"] = "overdue", ["overdueCount"] = overdueCount }));
                    if (policy?.Escalation is { } escalation && overdueCount == escalation.AfterOverdueReminders)
                    {
                        await EscalateAsync(step, assignment, escalation, time, cancellationToken);
                    }
                }

                if (policy?.RepeatWhenOverdue is { } repeat)
                {
                    // Counted from now, not from a stale due time: after downtime there is one reminder, not a storm.
                    var next = new WorkflowTimer
                    {
                        Id = NewId(),
                        InstanceId = step.Instance.Id,
                        Kind = TimerKind.Reminder,
                        Stage = timer.Stage,
                        Key = ReminderKeys.Overdue,
                        AssignmentId = assignment.Id,
                        DueAtUtc = Deadlines.After(step.NowUtc, repeat, time),
                        Status = TimerStatus.Pending,
                    };
                    db.WorkflowTimers.Add(next);
                }

                break;
        }
    }

    private async Task EscalateAsync(Step step, TaskAssignment assignment, EscalationPolicy escalation, OrganizationTime time, CancellationToken cancellationToken)
    {
        foreach (var organizationId in PartiesOf(step.Instance, escalation.To.Party))
        {
            var localToday = DateOnly.FromDateTime(time.Zone.ToLocal(new DateTimeOffset(step.NowUtc, TimeSpan.Zero)));
            foreach (var person in await directory.ResolveAsync(organizationId, escalation.To.Role, localToday, cancellationToken))
            {
                db.OutboxMessages.Add(Message(step, "task-escalation", assignment,
                    new JsonObject { ["assigneePersonId"] = assignment.AssigneePersonId?.ToString() }, person.PersonId));
            }
        }
    }
}
