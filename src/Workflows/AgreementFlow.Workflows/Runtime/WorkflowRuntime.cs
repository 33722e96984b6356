using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Workflows.Runtime;

/// <summary>
/// Moves instances through their routes. Every public operation is one step: it reads what it needs,
/// changes the instance, its tasks, timers, journal and outbox, and commits them in one transaction,
/// guarded by the instance's revision. Automatic actions the step schedules run afterwards, each as a
/// step of its own, so a failing action becomes an incident and never undoes the step that caused it.
/// </summary>
public sealed partial class WorkflowRuntime(
    IWorkflowDbContext db,
    WorkflowDefinitionRegistry definitions,
    IAssigneeDirectory directory,
    IOrganizationTimeSource organizationTime,
    IEnumerable<IWorkflowAction> actions,
    IEnumerable<IWorkflowStepObserver> observers,
    IEnumerable<IStageExitGuard> guards,
    IWorkflowSettings settings,
    IOptions<WorkflowRuntimeOptions> options,
    TimeProvider clock,
    ILogger<WorkflowRuntime> logger,
    IEnumerable<ITaskOutcomeGuard>? outcomeGuards = null)
{
    private readonly Dictionary<string, IWorkflowAction> _actions = actions.ToDictionary(a => a.Name, StringComparer.Ordinal);

    /// <summary>Starts an instance of the latest published version of the route, in the caller's pending changes' transaction.</summary>
    public Task<StepResult> StartAsync(StartWorkflow request, CancellationToken cancellationToken) =>
        OnOneConnectionAsync(() => StartOnOpenConnectionAsync(request, cancellationToken), cancellationToken);

    private async Task<StepResult> StartOnOpenConnectionAsync(StartWorkflow request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = definitions.Latest(request.DefinitionId);
        if (definition is null)
        {
            return StepResult.Refuse(StepStatus.NotFound, $"No workflow definition '{request.DefinitionId}' is loaded.");
        }

        var now = Now;
        var instance = new WorkflowInstance
        {
            Id = request.InstanceId ?? Guid.CreateVersion7(clock.GetUtcNow()),
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            SubjectKind = request.SubjectKind,
            SubjectId = request.SubjectId,
            ParentInstanceId = request.ParentInstanceId,
            Stage = definition.StartStage,
            Status = InstanceStatus.Running,
            Revision = 1,
            Data = request.Data.ToJsonString(),
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            StageEnteredAtUtc = now,
            StartedByPersonId = request.StartedByPersonId,
        };
        var position = 0;
        foreach (var (organizationId, role) in request.Parties)
        {
            instance.Parties.Add(new WorkflowParty { Id = NewId(), InstanceId = instance.Id, OrganizationId = organizationId, Role = role, Position = position++ });
        }

        db.WorkflowInstances.Add(instance);
        var step = new Step(instance, definition, request.Data, now);
        step.Journal(JournalEntryKind.Started, request.StartedByPersonId, null, null, toStage: definition.StartStage);
        await EnterStageAsync(step, definition.StartStage, request.StartedByPersonId, cancellationToken);
        return await CommitAsync(step, fromStage: definition.StartStage, cancellationToken);
    }

    /// <summary>Re-runs the action behind an open incident, as a step of its own.</summary>
    public async Task<StepResult> RetryIncidentAsync(Guid incidentId, Guid? personId, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == incidentId, cancellationToken);
        if (incident is null)
        {
            return StepResult.Refuse(StepStatus.NotFound, $"Incident {incidentId} does not exist.");
        }

        if (incident.ResolvedAtUtc is not null)
        {
            return StepResult.Refuse(StepStatus.Conflict, $"Incident {incidentId} is already resolved.");
        }

        var timer = incident.TimerId is { } timerId ? await db.WorkflowTimers.SingleOrDefaultAsync(t => t.Id == timerId, cancellationToken) : null;
        if (timer is null)
        {
            return StepResult.Refuse(StepStatus.NotAllowed, $"Incident {incidentId} has nothing to run again.");
        }

        incident.Retries++;
        timer.Status = Timers.TimerStatus.Pending;
        timer.DueAtUtc = Now;
        timer.ClaimedBy = null;
        timer.ClaimedUntilUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Incident {IncidentId} retried by {PersonId}", incidentId, personId);

        await FireTimerAsync(timer.Id, cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == incident.InstanceId, cancellationToken);
        return StepResult.Done(instance.Id, instance.Stage, instance.Revision);
    }

    /// <summary>Recomputes an instance's journal hash chain and names the first broken entry.</summary>
    public async Task<JournalVerification?> VerifyJournalAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (!await db.WorkflowInstances.AnyAsync(i => i.Id == instanceId, cancellationToken))
        {
            return null;
        }

        var entries = await db.JournalEntries.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        return JournalChain.Verify(entries);
    }

    // Millisecond precision: what both databases store exactly, so journal hashes recompute to the same value.
    private DateTime Now
    {
        get
        {
            var ticks = clock.GetUtcNow().UtcTicks;
            return new DateTime(ticks - (ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        }
    }

    /// <summary>
    /// Runs a step with the context's connection held open from its first read to its commit. Left to EF, every query
    /// opens and closes it again, and on SQLite each opening registers the provider's functions anew: about a tenth
    /// of a millisecond a time, several times a step. Nested calls (an action run right after a commit) share it.
    /// </summary>
    private async Task<T> OnOneConnectionAsync<T>(Func<Task<T>> step, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await step();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The context behind <see cref="IWorkflowDbContext"/>, for compiled queries.</summary>
    private DbContext Context => db as DbContext ?? db.Database.GetService<ICurrentDbContext>().Context;

    private Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow());

    private WorkflowDefinition DefinitionOf(WorkflowInstance instance) =>
        definitions.Find(instance.DefinitionId, instance.DefinitionVersion)
        ?? throw new InvalidOperationException($"Instance {instance.Id} runs {instance.DefinitionId} v{instance.DefinitionVersion}, which is not loaded.");

    private static JsonObject ParseData(WorkflowInstance instance) =>
        JsonNode.Parse(instance.Data) as JsonObject ?? [];
}
