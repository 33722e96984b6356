using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Identity;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Agreements;

/// <summary>
/// What the coordinator's board and the agreement pages read besides <see cref="AgreementQueries"/>: the board
/// with a partner filter, overdue tasks by organisation, who holds each agreement of a batch, the choices of forms.
/// </summary>
public sealed class BoardQueries(AgreementFlowDbContext db, AgreementQueries agreements, WorkflowDefinitionRegistry definitions, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Lang => Localization.Texts.IsEnglish ? "en" : "ru";

    /// <summary>
    /// The agreements the board covers before the stage filter: the organisation's (or every visible one),
    /// with <paramref name="filter"/>'s partner, programme and text. Both charts and the counts by stage read this.
    /// </summary>
    public IQueryable<Agreement> Scope(CurrentUser user, BoardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);

        // With an organisation of the user's own, its party row is the visibility check (EXISTS: see AgreementQueries.ListAsync).
        var query = filter.OrganizationId is { } org && (user.IsAdministrator || user.OrganizationIds.Contains(org))
            ? db.Agreements.AsNoTracking().Where(a => db.AgreementParties.Any(p => p.AgreementId == a.Id && p.OrganizationId == org))
            : agreements.Visible(user);
        if (filter.PartnerId is { } partner)
        {
            query = query.Where(a => db.AgreementParties.Any(p => p.AgreementId == a.Id && p.OrganizationId == partner));
        }

        if (filter.ProgramId is { } program)
        {
            query = query.Where(a => db.AgreementPrograms.Any(p => p.AgreementId == a.Id && p.ProgramId == program));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var needle = filter.Text.Trim().ToLowerInvariant();
            query = query.Where(a => a.SearchText.Contains(needle));
        }

        return query;
    }

    /// <summary>One page of the board, overdue first (nearest deadline first), then the newest, with counts by stage.</summary>
    public Task<AgreementPage> PageAsync(CurrentUser user, BoardFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return agreements.ListAsync(user, filter.Stage, filter.OrganizationId, null, filter.Text, filter.ProgramId, filter.PartnerId, filter.Page, filter.PageSize, cancellationToken);
    }

    /// <summary>Overdue open tasks of the agreements in <paramref name="scope"/>, by the organisation that holds them, most first.</summary>
    /// <remarks>Only agreements whose nearest deadline has passed can hold one, so the deadline index narrows the scope before the join.</remarks>
    public async Task<IReadOnlyList<OrganizationCount>> OverdueTasksByOrganizationAsync(IQueryable<Agreement> scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var now = Now;
        var counts = await scope
            .Where(a => a.NearestDueAtUtc != null && a.NearestDueAtUtc < now)
            .Join(
                db.TaskAssignments.Where(t => t.Status == AssignmentStatus.Open && t.DueAtUtc != null && t.DueAtUtc < now),
                a => a.WorkflowInstanceId,
                t => t.InstanceId,
                (a, t) => t.OrganizationId)
            .GroupBy(o => o)
            .Select(g => new { OrganizationId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.OrganizationId).ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
        return [.. counts
            .Select(c => new OrganizationCount(c.OrganizationId, names.GetValueOrDefault(c.OrganizationId, "?"), c.Count))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>The open tasks of each of <paramref name="agreementIds"/>: who holds the agreement now, and until when.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<AgreementHolder>>> HoldersAsync(IReadOnlyCollection<Guid> agreementIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreementIds);
        var ids = agreementIds.Distinct().ToList();
        var instances = await db.Agreements.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Join(db.WorkflowInstances.AsNoTracking(), a => a.WorkflowInstanceId, i => i.Id, (a, i) => new { AgreementId = a.Id, InstanceId = i.Id, i.DefinitionId, i.DefinitionVersion })
            .ToListAsync(cancellationToken);
        var instanceIds = instances.Select(i => i.InstanceId).ToList();
        var open = await db.TaskAssignments.AsNoTracking().Include(t => t.HumanTask)
            .Where(t => instanceIds.Contains(t.InstanceId) && t.Status == AssignmentStatus.Open)
            .ToListAsync(cancellationToken);
        var people = await agreements.NamesAsync(open.SelectMany(t => new[] { t.AssigneePersonId, t.ActingForPersonId }), cancellationToken);
        var organizationIds = open.Select(t => t.OrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new { o.ShortName, o.TimeZoneId }, cancellationToken);
        var now = Now;
        var result = new Dictionary<Guid, IReadOnlyList<AgreementHolder>>();
        foreach (var instance in instances)
        {
            var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
            result[instance.AgreementId] = [.. open.Where(t => t.InstanceId == instance.InstanceId)
                .OrderBy(t => t.DueAtUtc ?? DateTime.MaxValue).ThenBy(t => t.Sequence)
                .Select(t =>
                {
                    var organization = organizations.GetValueOrDefault(t.OrganizationId);
                    var title = definition?.FindStage(t.HumanTask!.Stage)?.FindTask(t.HumanTask.TaskId)?.Title.In(Lang) ?? t.HumanTask!.TaskId;
                    return new AgreementHolder(
                        instance.AgreementId, title, PersonOf(t.AssigneePersonId, people), PersonOf(t.ActingForPersonId, people),
                        organization?.ShortName ?? "?", organization?.TimeZoneId ?? "Europe/Moscow", t.DueAtUtc, t.DueAtUtc is { } due && due < now);
                })];
        }

        return result;
    }

    /// <summary>The shared data of a batch, as its request stored it; null when there is no such batch.</summary>
    /// <remarks>Whether the person may see the batch is <see cref="AgreementBatchService.ProgressAsync"/>'s to decide.</remarks>
    public async Task<BatchSummary?> BatchSummaryAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await db.AgreementBatches.AsNoTracking().Where(b => b.Id == batchId).Select(b => new { b.BaseOrganizationId, b.Request }).SingleOrDefaultAsync(cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var request = JsonSerializer.Deserialize<BatchInput>(batch.Request);
        var programIds = request?.ProgramIds ?? [];
        var programs = await db.Programs.AsNoTracking().Where(p => programIds.Contains(p.Id)).Select(p => p.Name).ToListAsync(cancellationToken);
        var baseName = await db.Organizations.AsNoTracking().Where(o => o.Id == batch.BaseOrganizationId).Select(o => o.ShortName).SingleOrDefaultAsync(cancellationToken);
        return new BatchSummary(baseName ?? "?", [.. programs.Order(StringComparer.CurrentCulture)], request?.Term ?? new TermInput(null, null));
    }

    /// <summary>What each automatic entry of an instance's journal was about: the action run or the timer fired, by sequence.</summary>
    public async Task<IReadOnlyDictionary<int, string>> AutomaticStepsAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var entries = await db.JournalEntries.AsNoTracking()
            .Where(j => j.InstanceId == instanceId && j.Details != null && (j.Kind == JournalEntryKind.ActionCompleted || j.Kind == JournalEntryKind.TimerFired))
            .Select(j => new { j.Sequence, j.Details })
            .ToListAsync(cancellationToken);
        var result = new Dictionary<int, string>();
        foreach (var entry in entries)
        {
            var details = JsonNode.Parse(entry.Details!) as JsonObject;
            if ((details?["action"] ?? details?["timer"]) is JsonValue value && value.TryGetValue<string>(out var key))
            {
                result[entry.Sequence] = key;
            }
        }

        return result;
    }

    /// <summary>The amendments of an agreement that <paramref name="user"/> may see, oldest first.</summary>
    public async Task<IReadOnlyList<AmendmentLink>> AmendmentsOfAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        var rows = await agreements.Visible(user).Where(a => a.ParentAgreementId == agreementId)
            .OrderBy(a => a.CreatedAtUtc).Select(a => new { a.Id, a.Title, a.Kind, a.Stage })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AmendmentLink(r.Id, r.Title, StageTitle(r.Kind, r.Stage)))];
    }

    /// <summary>Every organisation, by short name: partners may be any of them.</summary>
    public async Task<IReadOnlyList<OrganizationChoice>> OrganizationsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.ShortName, o.Kind, o.TimeZoneId }).ToListAsync(cancellationToken))
            .OrderBy(o => o.ShortName, StringComparer.CurrentCulture)
            .Select(o => new OrganizationChoice(o.Id, o.ShortName, char.ToLowerInvariant(o.Kind.ToString()[0]) + o.Kind.ToString()[1..], o.TimeZoneId))];

    /// <summary>Every programme, by owner and name.</summary>
    public async Task<IReadOnlyList<ProgramChoice>> ProgramsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Programs.AsNoTracking().Join(db.Organizations.AsNoTracking(), p => p.OwnerOrganizationId, o => o.Id, (p, o) => new { p.Id, p.Name, p.OwnerOrganizationId, o.ShortName })
                .ToListAsync(cancellationToken))
            .OrderBy(p => p.ShortName, StringComparer.CurrentCulture).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => new ProgramChoice(p.Id, p.Name, p.OwnerOrganizationId, p.ShortName))];

    /// <summary>
    /// The stages of the agreement route in order, without those an agreement only passes through (a stage that
    /// leaves at once, such as «Отклонён» → «В архиве»): the board's chips and the batch matrix's columns.
    /// </summary>
    public IReadOnlyList<(string Id, string Title)> RouteStages()
    {
        var route = definitions.Latest(AgreementService.AgreementRoute);
        return route is null
            ? []
            : [.. route.Stages
                .Where(s => !s.Transitions.Any(t => t.Trigger == TransitionTrigger.Immediately))
                .Select(s => (s.Id, s.Title.In(Lang)))];
    }

    /// <summary>The title of a stage of the agreement (or amendment) route, in the reader's language.</summary>
    public string StageTitle(AgreementKind kind, string stage) =>
        definitions.Latest(kind == AgreementKind.Amendment ? AgreementService.AmendmentRoute : AgreementService.AgreementRoute)?.FindStage(stage)?.Title.In(Lang) ?? stage;

    private static PersonRef? PersonOf(Guid? id, IReadOnlyDictionary<Guid, string> people) =>
        id is { } value ? new PersonRef(value, people.GetValueOrDefault(value, "?")) : null;
}
