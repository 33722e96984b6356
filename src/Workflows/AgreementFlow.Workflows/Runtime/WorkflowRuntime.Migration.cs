using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Runtime;

/// <summary>What migrating one instance to another version would do (or did).</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="SubjectId">Its agreement or credit transfer.</param>
/// <param name="FromStage">Its stage now.</param>
/// <param name="ToStage">Its stage in the target version, or null when it has none.</param>
/// <param name="Change"><c>keep</c> (same stage, tasks untouched), <c>move</c> (another stage is entered) or <c>blocked</c>.</param>
/// <param name="Reason">Why it is blocked.</param>
public sealed record InstanceMigration(Guid InstanceId, Guid SubjectId, string FromStage, string? ToStage, string Change, string? Reason);

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Moves the running instances of <paramref name="definitionId"/> v<paramref name="fromVersion"/> to
    /// v<paramref name="toVersion"/>. A stage that exists in both keeps its open tasks; a stage mapped by
    /// <paramref name="stageMap"/> is entered afresh. Completed steps are never re-run. With
    /// <paramref name="dryRun"/>, nothing changes and the plan is returned. Any blocked instance blocks the apply.
    /// </summary>
    public async Task<(IReadOnlyList<InstanceMigration> Plan, string? Problem)> MigrateInstancesAsync(
        string definitionId, int fromVersion, int toVersion, IReadOnlyDictionary<string, string> stageMap, bool dryRun, Guid? personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stageMap);
        var target = definitions.Find(definitionId, toVersion);
        if (definitions.Find(definitionId, fromVersion) is null || target is null)
        {
            return ([], $"{definitionId} has no version {(target is null ? toVersion : fromVersion)}.");
        }

        if (fromVersion == toVersion)
        {
            return ([], "Choose two different versions.");
        }

        foreach (var (from, to) in stageMap)
        {
            if (target.FindStage(to) is null)
            {
                return ([], $"The map sends '{from}' to '{to}', which v{toVersion} does not have.");
            }
        }

        var instances = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.DefinitionId == definitionId && i.DefinitionVersion == fromVersion && i.Status == InstanceStatus.Running)
            .OrderBy(i => i.CreatedAtUtc)
            .Select(i => new { i.Id, i.SubjectId, i.Stage })
            .ToListAsync(cancellationToken);
        var plan = instances.Select(i =>
        {
            var mapped = stageMap.GetValueOrDefault(i.Stage) ?? (target.FindStage(i.Stage) is not null ? i.Stage : null);
            return mapped is null
                ? new InstanceMigration(i.Id, i.SubjectId, i.Stage, null, "blocked", $"v{toVersion} has no stage '{i.Stage}'; map it to one.")
                : new InstanceMigration(i.Id, i.SubjectId, i.Stage, mapped, mapped == i.Stage ? "keep" : "move", null);
        }).ToList();
        if (dryRun)
        {
            return (plan, null);
        }

        if (plan.Any(p => p.Change == "blocked"))
        {
            return (plan, "Some instances have no stage in the target version: map their stages first.");
        }

        foreach (var item in plan)
        {
            db.ChangeTracker.Clear();
            var instance = await db.WorkflowInstances.Include(i => i.Parties).SingleAsync(i => i.Id == item.InstanceId, cancellationToken);
            var step = new Step(instance, target, ParseData(instance), Now);
            instance.DefinitionVersion = toVersion;
            step.Journal(JournalEntryKind.Migrated, personId, null, null, fromStage: item.FromStage, toStage: item.ToStage,
                details: new JsonObject { ["from"] = $"v{fromVersion}", ["to"] = $"v{toVersion}" }.ToJsonString());
            if (item.Change == "move")
            {
                await EnterStageAsync(step, item.ToStage!, personId, cancellationToken);
            }

            var result = await CommitAsync(step, item.FromStage, cancellationToken);
            if (!result.Succeeded)
            {
                return (plan, $"Instance {item.InstanceId} changed while migrating ({result.Message}); run the migration again.");
            }
        }

        return (plan, null);
    }
}
