using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Persistence;
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
        var claimed = await ClaimAsync(StepKinds, options.Value.SweepBatchSize, cancellationToken);
        if (claimed.Count < options.Value.SweepBatchSize)
        {
            claimed.AddRange(await ClaimAsync(ReminderKinds, options.Value.SweepBatchSize - claimed.Count, cancellationToken));
            claimed.Sort((a, b) => a.DueAtUtc.CompareTo(b.DueAtUtc));
        }

        return [.. claimed.Select(t => t.Id)];
    }

    /// <summary>Fires one due timer as a step of its own; false when it was no longer pending (fired elsewhere, cancelled).</summary>
    public Task<bool> FireTimerAsync(Guid timerId, CancellationToken cancellationToken) =>
        OnOneConnectionAsync(() => FireTimerOnOpenConnectionAsync(timerId, cancellationToken), cancellationToken);

    private async Task<bool> FireTimerOnOpenConnectionAsync(Guid timerId, CancellationToken cancellationToken)
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
    /// Reminders and deadlines change no instance state: a batch of up to <see cref="WorkflowRuntimeOptions.ReminderBatchSize"/>
    /// of them is taken and fired in one transaction (the statement that takes them marks them fired, so a rollback
    /// returns them and no other node can take them meanwhile). Stage timers and actions move instances, so each
    /// of a claimed batch of <see cref="WorkflowRuntimeOptions.SweepBatchSize"/> fires as a step of its own.
    /// </remarks>
    public async Task<int> RunDueTimersAsync(int maxBatches, CancellationToken cancellationToken)
    {
        var fired = 0;
        for (var batch = 0; batch < maxBatches; batch++)
        {
            db.ChangeTracker.Clear();
            var reminders = await FireDueRemindersAsync(cancellationToken);
            fired += reminders;
            var claimed = await ClaimAsync(StepKinds, options.Value.SweepBatchSize, cancellationToken);
            if (reminders == 0 && claimed.Count == 0)
            {
                break;
            }

            foreach (var timer in claimed)
            {
                db.ChangeTracker.Clear();
                try
                {
                    if (await FireTimerAsync(timer.Id, cancellationToken))
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

    /// <summary>Takes one batch of due reminder and deadline timers and fires them in one transaction; returns how many.</summary>
    private async Task<int> FireDueRemindersAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var timers = await TakeDueRemindersAsync(options.Value.ReminderBatchSize, cancellationToken);
        if (timers.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return 0;
        }

        // Set-based loads: the batch's instances (with parties, for escalations) and assignments (with their task), read only.
        var instanceIds = timers.Select(t => t.InstanceId).Distinct().ToList();
        var instances = await db.WorkflowInstances.AsNoTracking().Include(i => i.Parties)
            .Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var assignmentIds = timers.Select(t => t.AssignmentId).OfType<Guid>().Distinct().ToList();
        var assignments = await db.TaskAssignments.AsNoTracking().Include(a => a.HumanTask)
            .Where(a => assignmentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var overdueIds = timers.Where(t => t.Key == ReminderKeys.Overdue && t.AssignmentId is not null).Select(t => t.AssignmentId!.Value).Distinct().ToList();
        // The rows just taken already count as fired here (same transaction).
        var overdueCounts = overdueIds.Count == 0 ? new Dictionary<Guid, int>() : await db.WorkflowTimers.AsNoTracking()
            .Where(t => t.AssignmentId != null && overdueIds.Contains(t.AssignmentId.Value) && t.Key == ReminderKeys.Overdue && t.Status == TimerStatus.Fired)
            .GroupBy(t => t.AssignmentId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var batch = new ReminderBatch(assignments, overdueCounts);
        var now = Now;
        try
        {
            foreach (var timer in timers)
            {
                if (instances.GetValueOrDefault(timer.InstanceId) is { } instance && timer.Stage == instance.Stage)
                {
                    var step = new Step(instance, DefinitionOf(instance), [], now);
                    await RemindAsync(step, timer, batch, cancellationToken);
                }
            }

            // What the reminders wrote is only inserted: straight to multi-row inserts, past the change tracker.
            await BulkInsert.RunAsync(db, batch.Messages, cancellationToken);
            await BulkInsert.RunAsync(db, batch.Timers, cancellationToken);
            if (db.ChangeTracker.Entries().Any(e => e.State is not EntityState.Unchanged))
            {
                throw new InvalidOperationException("A batch of reminders changed a row; reminders only add rows, and those past the change tracker.");
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return timers.Count;
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
    private async Task RemindAsync(Step step, WorkflowTimer timer, ReminderBatch? batch, CancellationToken cancellationToken)
    {
        var assignment = timer.AssignmentId is not { } id ? null
            : batch is not null ? batch.Assignments.GetValueOrDefault(id)
            : await db.TaskAssignments.Include(a => a.HumanTask).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null || assignment.Status != AssignmentStatus.Open)
        {
            return;
        }

        var definition = step.Definition.GetStage(assignment.HumanTask!.Stage).FindTask(assignment.HumanTask.TaskId);
        var policy = definition?.Reminders;
        var time = batch is null ? await organizationTime.GetAsync(assignment.OrganizationId, cancellationToken)
            : batch.Times.GetValueOrDefault(assignment.OrganizationId) ?? (batch.Times[assignment.OrganizationId] = await organizationTime.GetAsync(assignment.OrganizationId, cancellationToken));
        switch (timer.Key)
        {
            case ReminderKeys.Before or ReminderKeys.DueDay:
                // After downtime a "due tomorrow" reminder for a task already overdue would mislead: the chain moves on silently.
                if (assignment.DueAtUtc is not { } dueAt || step.NowUtc < dueAt)
                {
                    Add(batch, Message(step, "task-reminder", assignment, new JsonObject { ["reminder"] = timer.Key }));
                }

                if (assignment.DueAtUtc is { } due)
                {
                    var next = NextReminder(policy, due, time, timer.Key, step.NowUtc);
                    Add(batch, new WorkflowTimer
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
                var overdueCount = timer.Key == ReminderKeys.Due ? 0
                    : batch is not null ? batch.OverdueFired.GetValueOrDefault(assignment.Id)
                    : await db.WorkflowTimers.CountAsync(t => t.AssignmentId == assignment.Id && t.Key == ReminderKeys.Overdue && t.Status == TimerStatus.Fired, cancellationToken) + 1;
                if (timer.Key == ReminderKeys.Overdue)
                {
                    Add(batch, Message(step, "task-reminder", assignment, new JsonObject { ["reminder"] = "overdue", ["overdueCount"] = overdueCount }));
                    if (policy?.Escalation is { } escalation && overdueCount == escalation.AfterOverdueReminders)
                    {
                        await EscalateAsync(step, assignment, escalation, time, batch, cancellationToken);
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
                    Add(batch, next);
                }

                break;
        }
    }

    private async Task EscalateAsync(Step step, TaskAssignment assignment, EscalationPolicy escalation, OrganizationTime time, ReminderBatch? batch, CancellationToken cancellationToken)
    {
        foreach (var organizationId in PartiesOf(step.Instance, escalation.To.Party))
        {
            var localToday = DateOnly.FromDateTime(time.Zone.ToLocal(new DateTimeOffset(step.NowUtc, TimeSpan.Zero)));
            foreach (var person in await directory.ResolveAsync(organizationId, escalation.To.Role, localToday, cancellationToken))
            {
                Add(batch, Message(step, "task-escalation", assignment,
                    new JsonObject { ["assigneePersonId"] = assignment.AssigneePersonId?.ToString() }, person.PersonId));
            }
        }
    }

    /// <summary>A message a reminder writes: into the batch's bulk insert, or, firing alone, into the context.</summary>
    private void Add(ReminderBatch? batch, OutboxMessage message)
    {
        if (batch is null)
        {
            db.OutboxMessages.Add(message);
        }
        else
        {
            batch.Messages.Add(message);
        }
    }

    /// <summary>A timer a reminder schedules: into the batch's bulk insert, or, firing alone, into the context.</summary>
    private void Add(ReminderBatch? batch, WorkflowTimer timer)
    {
        if (batch is null)
        {
            db.WorkflowTimers.Add(timer);
        }
        else
        {
            batch.Timers.Add(timer);
        }
    }
}
