using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Persistence;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    // Asked by steps that did not load the instance's open work (starts, timers); compiled once (see CompiledPerModel).
    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<OpenDue>>> OpenDues = new(() =>
        EF.CompileAsyncQuery((DbContext context, Guid instanceId) => context.Set<TaskAssignment>().AsNoTracking()
            .Where(a => a.InstanceId == instanceId && a.Status == AssignmentStatus.Open && a.DueAtUtc != null)
            .Select(a => new OpenDue(a.Id, a.DueAtUtc!.Value))));

    /// <summary>Saves everything the step changed in one transaction, then runs the actions it scheduled.</summary>
    private async Task<StepResult> CommitAsync(Step step, string fromStage, CancellationToken cancellationToken)
    {
        var instance = step.Instance;
        instance.Data = step.Data.ToJsonString();
        instance.UpdatedAtUtc = step.NowUtc;
        if (db.Entry(instance).State != EntityState.Added)
        {
            instance.Revision++;
        }

        db.JournalEntries.AddRange(step.JournalEntries);
        db.OutboxMessages.AddRange(step.Messages);

        var nearestDue = await NearestDueAsync(instance.Id, step.OpenWorkLoaded, cancellationToken);
        foreach (var observer in observers)
        {
            await observer.OnStepAsync(instance, new StepSummary(fromStage, instance.Stage, nearestDue), cancellationToken);
        }

        try
        {
            await SaveAsync(step, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return StepResult.Refuse(StepStatus.Conflict, "Someone else changed this at the same moment. Reload and try again.");
        }
        catch (DbUpdateException) when (step.JournalEntries.Count > 0 && db.Entry(instance).State != EntityState.Added)
        {
            // A unique key (journal sequence, idempotency key) taken by a concurrent step of the same instance.
            db.ChangeTracker.Clear();
            return StepResult.Refuse(StepStatus.Conflict, "Someone else changed this at the same moment. Reload and try again.");
        }

        var result = StepResult.Done(instance.Id, instance.Stage, instance.Revision);
        foreach (var timer in step.ImmediateActions)
        {
            await FireTimerAsync(timer.Id, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// The step's set-based timer cancellations, the engine's rows (written by <see cref="StepRowWriter"/>) and whatever
    /// else the step changed (by the context), in one transaction.
    /// </summary>
    private async Task SaveAsync(Step step, CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        // Rows the context tracks (the timer being fired, timers this step made) are saved with their status as
        // concurrency token; the cancelling statement must not change them under it. Only states are read here, so the
        // tracker need not compare every tracked row with its snapshot first (the writer does that once, below).
        if (step.TimerCancellations.Count > 0)
        {
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var tracked = db.ChangeTracker.Entries<WorkflowTimer>().Where(e => e.State != EntityState.Added).Select(e => e.Entity.Id).ToList();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            await CancelPendingTimersAsync(step.Instance.Id, step.TimerCancellations, tracked, cancellationToken);
        }

        var (written, othersChanged) = await StepRowWriter.WriteAsync(db, cancellationToken);
        if (!written || othersChanged)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Cancels, in one statement, the pending timers of the given assignments and (a null among them) every pending
    /// non-action timer of the instance, except the <paramref name="tracked"/> ones the context saves itself. Raw SQL
    /// with the same literals as the claims: EF's LINQ update costs more to translate per step than the statement to run.
    /// </summary>
    private async Task CancelPendingTimersAsync(Guid instanceId, IReadOnlyCollection<Guid?> cancellations, List<Guid> tracked, CancellationToken cancellationToken)
    {
        var parameters = new List<object>();
        string Placeholders(IEnumerable<Guid> ids) => string.Join(", ", ids.Select(id =>
        {
            parameters.Add(id);
            return "{" + (parameters.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
        }));

        var conditions = new List<string>();
        var assignments = cancellations.OfType<Guid>().Distinct().ToList();
        if (assignments.Count > 0)
        {
            conditions.Add($"\"AssignmentId\" IN ({Placeholders(assignments)})");
        }

        if (cancellations.Contains(null))
        {
            conditions.Add($"(\"InstanceId\" = {Placeholders([instanceId])} AND \"Kind\" <> 'Action')");
        }

        var except = tracked.Count == 0 ? "" : $" AND \"Id\" NOT IN ({Placeholders(tracked)})";

        // Only placeholders and constant SQL of this method are joined in; the values travel as parameters.
        var sql = "UPDATE \"WorkflowTimers\" SET \"Status\" = 'Cancelled' WHERE \"Status\" = 'Pending' AND (" + string.Join(" OR ", conditions) + ")" + except;
        await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
    }

    private async Task<DateTime?> NearestDueAsync(Guid instanceId, bool openWorkLoaded, CancellationToken cancellationToken)
    {
        // The database's view, corrected by what this step has opened, completed or cancelled; when the step
        // loaded all open work of the instance, what it tracks is the whole view.
        var stored = new List<OpenDue>();
        if (!openWorkLoaded)
        {
            var context = Context;
            await foreach (var due in OpenDues.For(context)(context, instanceId).WithCancellation(cancellationToken))
            {
                stored.Add(due);
            }
        }

        var tracked = db.ChangeTracker.Entries<TaskAssignment>().Select(e => e.Entity).Where(a => a.InstanceId == instanceId).ToDictionary(a => a.Id);
        var dues = stored.Where(a => !tracked.ContainsKey(a.Id)).Select(a => a.DueAtUtc)
            .Concat(tracked.Values.Where(a => a.Status == AssignmentStatus.Open && a.DueAtUtc is not null).Select(a => a.DueAtUtc!.Value))
            .ToList();
        return dues.Count == 0 ? null : dues.Min();
    }

    private sealed record OpenDue(Guid Id, DateTime DueAtUtc);
}
