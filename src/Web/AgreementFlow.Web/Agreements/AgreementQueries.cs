using System.Globalization;
using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Identity;
using AgreementFlow.Workflows.Calendars;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Agreements;

/// <summary>What the board, the agreement page and the API read. Visibility: the parties' staff and administrators.</summary>
public sealed class AgreementQueries(AgreementFlowDbContext db, WorkflowDefinitionRegistry definitions, WorkflowRuntime runtime, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    /// <summary>The agreements <paramref name="user"/> may see, as an <see cref="IQueryable{T}"/> to filter further.</summary>
    public IQueryable<Agreement> Visible(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsAdministrator)
        {
            return db.Agreements.AsNoTracking();
        }

        var organizations = user.OrganizationIds.ToList();
        return db.Agreements.AsNoTracking().Where(a => db.AgreementParties.Any(p => p.AgreementId == a.Id && organizations.Contains(p.OrganizationId)));
    }

    /// <summary>One page of the board: overdue first (nearest deadline first), then the newest.</summary>
    /// <remarks>
    /// Built for 100,000 agreements. The counts by stage of an organisation's unfiltered board are read from
    /// <see cref="AgreementStageCount"/> (kept by every save) instead of counting its agreements. The overdue part
    /// walks the (stage, deadline) or deadline index and the rest the primary key newest first (ids are
    /// time-ordered UUIDv7), each checking the organisation's party row and stopping at the page; the overdue
    /// ones are counted only when the page starts past them or the overdue filter asks for their total. A text
    /// search reads its matches once and does the rest in memory when they are few.
    /// </remarks>
    public async Task<AgreementPage> ListAsync(
        CurrentUser user, string? stage, Guid? organizationId, bool? overdue, string? text, Guid? programId, Guid? partnerId, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 1);
        stage = string.IsNullOrWhiteSpace(stage) ? null : stage;
        var now = clock.GetUtcNow().UtcDateTime;

        // With an organisation of the user's own, its party row is the visibility check. Written as EXISTS, not as a
        // join: SQLite then walks the agreements in the page's order (deadline, or newest first) and stops at the page,
        // where from a join it read all the organisation's party rows and sorted them (PostgreSQL plans both alike).
        var own = organizationId is { } org && (user.IsAdministrator || user.OrganizationIds.Contains(org)) ? organizationId : null;
        var query = own is { } owner
            ? db.Agreements.AsNoTracking().Where(a => db.AgreementParties.Any(p => p.AgreementId == a.Id && p.OrganizationId == owner))
            : Visible(user);
        if (partnerId is { } partner)
        {
            query = query.Where(a => db.AgreementParties.Any(p => p.AgreementId == a.Id && p.OrganizationId == partner));
        }

        if (programId is { } program)
        {
            query = query.Where(a => db.AgreementPrograms.Any(p => p.AgreementId == a.Id && p.ProgramId == program));
        }

        var skip = (page - 1) * pageSize;
        if (!string.IsNullOrWhiteSpace(text))
        {
            var needle = text.Trim().ToLowerInvariant();
            query = query.Where(a => a.SearchText.Contains(needle));

            // A search scans the text of every agreement in scope whatever the plan, so it scans once.
            var matches = await Project(query).Take(TextMatchesInMemory + 1).ToListAsync(cancellationToken);
            if (matches.Count <= TextMatchesInMemory)
            {
                var inMemoryCounts = matches.GroupBy(m => m.Stage, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                var ordered = matches
                    .Where(m => (stage is null || m.Stage == stage) && (overdue is null || IsLate(m, now) == overdue))
                    .OrderBy(m => IsLate(m, now) ? 0 : 1)
                    .ThenBy(m => IsLate(m, now) ? m.NearestDueAtUtc : null)
                    .ThenByDescending(m => m.Id)
                    .ToList();
                return await PageOfAsync([.. ordered.Skip(skip).Take(pageSize)], ordered.Count, page, pageSize, inMemoryCounts, now, cancellationToken);
            }
        }

        var counts = own is { } counted && partnerId is null && programId is null && string.IsNullOrWhiteSpace(text)
            ? await db.AgreementStageCounts.AsNoTracking().Where(c => c.OrganizationId == counted && c.Count > 0)
                .ToDictionaryAsync(c => c.Stage, c => c.Count, StringComparer.Ordinal, cancellationToken)
            : await query.GroupBy(a => a.Stage).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
        if (stage is not null)
        {
            query = query.Where(a => a.Stage == stage);
        }

        var inStage = stage is null ? counts.Values.Sum() : counts.GetValueOrDefault(stage);
        var overdueQuery = query.Where(a => a.NearestDueAtUtc != null && a.NearestDueAtUtc < now);
        var onTimeQuery = query.Where(a => a.NearestDueAtUtc == null || a.NearestDueAtUtc >= now);

        var rows = new List<BoardRow>();
        int? overdueCount = null;
        if (overdue is not false)
        {
            rows.AddRange(await Project(overdueQuery.OrderBy(a => a.NearestDueAtUtc).ThenByDescending(a => a.Id).Skip(skip).Take(pageSize)).ToListAsync(cancellationToken));
            if (rows.Count < pageSize && (rows.Count > 0 || skip == 0))
            {
                // The page holds the last of them: how many there are is known without counting.
                overdueCount = skip + rows.Count;
            }
        }

        if (rows.Count < pageSize && overdue is not true)
        {
            var onTimeSkip = overdue is false ? skip : Math.Max(0, skip - (overdueCount ??= await overdueQuery.CountAsync(cancellationToken)));
            rows.AddRange(await Project(onTimeQuery.OrderByDescending(a => a.Id).Skip(onTimeSkip).Take(pageSize - rows.Count)).ToListAsync(cancellationToken));
        }

        var total = overdue switch
        {
            null => inStage,
            true => overdueCount ?? await overdueQuery.CountAsync(cancellationToken),
            false => Math.Max(0, inStage - (overdueCount ?? await overdueQuery.CountAsync(cancellationToken))),
        };
        return await PageOfAsync(rows, total, page, pageSize, counts, now, cancellationToken);
    }

    /// <summary>The most matches of a text search that are sorted and counted in memory rather than by the database.</summary>
    private const int TextMatchesInMemory = 2000;

    private static bool IsLate(BoardRow row, DateTime nowUtc) => row.NearestDueAtUtc is { } due && due < nowUtc;

    /// <summary>Only the columns the board shows.</summary>
    private static IQueryable<BoardRow> Project(IQueryable<Agreement> query) =>
        query.Select(a => new BoardRow(a.Id, a.Title, a.Number, a.Kind, a.Stage, a.TermFrom, a.TermTo, a.NearestDueAtUtc));

    private async Task<AgreementPage> PageOfAsync(
        IReadOnlyList<BoardRow> rows, int total, int page, int pageSize, IReadOnlyDictionary<string, int> counts, DateTime now, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var parties = ids.Count == 0
            ? []
            : await db.AgreementParties.AsNoTracking().Where(p => ids.Contains(p.AgreementId))
                .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { p.AgreementId, p.OrganizationId, o.ShortName, p.IsBase, p.Position })
                .ToListAsync(cancellationToken);
        var items = rows.Select(r => new AgreementSummary(
            r.Id, r.Title, r.Number, InputName(r.Kind), r.Stage, StageTitle(r.Kind, r.Stage), r.TermFrom, r.TermTo, r.NearestDueAtUtc,
            IsLate(r, now),
            [.. parties.Where(p => p.AgreementId == r.Id).OrderBy(p => p.Position).Select(p => new PartyView(p.OrganizationId, p.ShortName, p.IsBase))]))
            .ToList();
        return new AgreementPage(items, total, page, pageSize, counts);
    }

    /// <summary>What one line of the board shows of an agreement.</summary>
    private sealed record BoardRow(Guid Id, string Title, string? Number, AgreementKind Kind, string Stage, DateOnly TermFrom, DateOnly TermTo, DateTime? NearestDueAtUtc);

    public async Task<AgreementDetails?> FindAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var agreement = await Visible(user).Include(a => a.Parties).Include(a => a.Programs).AsSingleQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return null;
        }

        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == agreement.WorkflowInstanceId, cancellationToken);
        var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
        var organizationIds = agreement.Parties.Select(p => p.OrganizationId).ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
        var programIds = agreement.Programs.Select(p => p.ProgramId).ToList();
        var programs = await db.Programs.AsNoTracking().Where(p => programIds.Contains(p.Id)).Select(p => new ProgramRef(p.Id, p.Name)).ToListAsync(cancellationToken);
        var tasks = await TasksOfAsync(instance.Id, definition, cancellationToken);
        var timers = await db.WorkflowTimers.AsNoTracking().Where(t => t.InstanceId == instance.Id && t.Status == TimerStatus.Pending)
            .OrderBy(t => t.DueAtUtc).Select(t => new TimerView(t.Id, t.Kind.ToString(), t.Key, t.DueAtUtc, t.Status.ToString())).ToListAsync(cancellationToken);
        var commands = user.IsSignedIn
            ? (await runtime.AvailableCommandsAsync(instance.Id, user.PersonId, cancellationToken)).Select(c => new CommandView(c.Id, c.Title.In(Lang), c.RequiresComment)).ToList()
            : [];
        var incidents = user.IsAdministrator
            ? await db.Incidents.AsNoTracking().Where(i => i.InstanceId == instance.Id && i.ResolvedAtUtc == null)
                .Select(i => new IncidentView(i.Id, i.InstanceId, i.Stage, i.Source, i.Message, i.CreatedAtUtc, i.Retries)).ToListAsync(cancellationToken)
            : [];
        return new AgreementDetails(
            agreement.Id,
            agreement.Title,
            agreement.Number,
            InputName(agreement.Kind),
            agreement.ParentAgreementId,
            instance.Stage,
            definition?.FindStage(instance.Stage)?.Title.In(Lang) ?? instance.Stage,
            instance.Status.ToString().ToLowerInvariant(),
            instance.Revision,
            instance.Id,
            $"{instance.DefinitionId}.v{instance.DefinitionVersion}",
            new TermInput(agreement.TermFrom, agreement.TermTo),
            [.. agreement.Parties.OrderBy(p => p.Position).Select(p => new PartyView(p.OrganizationId, names.GetValueOrDefault(p.OrganizationId, "?"), p.IsBase))],
            programs,
            JsonNode.Parse(agreement.Data) as JsonObject ?? [],
            tasks,
            timers,
            commands,
            incidents,
            new Dictionary<string, string>
            {
                ["self"] = $"/api/agreements/{agreement.Id}",
                ["journal"] = $"/api/agreements/{agreement.Id}/journal",
                ["verifyJournal"] = $"/api/agreements/{agreement.Id}/journal/verify",
                ["diagram"] = $"/api/workflow-definitions/{instance.DefinitionId}/versions/{instance.DefinitionVersion}/diagram.svg?instanceId={instance.Id}",
                ["page"] = $"/agreements/{agreement.Id}",
            });
    }

    /// <summary>Every task of an instance, open first, with people's names.</summary>
    public async Task<IReadOnlyList<TaskView>> TasksOfAsync(Guid instanceId, WorkflowDefinition? definition, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.TaskAssignments.AsNoTracking().Include(a => a.HumanTask)
            .Where(a => a.InstanceId == instanceId)
            .ToListAsync(cancellationToken);
        var people = await NamesAsync(rows.SelectMany(r => new[] { r.AssigneePersonId, r.ActingForPersonId, r.DelegatedByPersonId }), cancellationToken);
        var organizationIds = rows.Select(r => r.OrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
        return [.. rows
            .OrderBy(r => r.Status == AssignmentStatus.Open ? 0 : r.Status == AssignmentStatus.Waiting ? 1 : 2)
            .ThenByDescending(r => r.CreatedAtUtc)
            .ThenBy(r => r.Sequence)
            .Select(r => ToTaskView(r, definition, people, organizations, now))];
    }

    public TaskView ToTaskView(
        TaskAssignment r, WorkflowDefinition? definition, IReadOnlyDictionary<Guid, string> people, IReadOnlyDictionary<Guid, string> organizations, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(r);
        var task = definition?.FindStage(r.HumanTask!.Stage)?.FindTask(r.HumanTask.TaskId);
        return new TaskView(
            r.Id,
            r.HumanTask!.TaskId,
            task?.Title.In(Lang) ?? r.HumanTask.TaskId,
            r.HumanTask.Stage,
            r.HumanTask.Round,
            r.OrganizationId,
            organizations.GetValueOrDefault(r.OrganizationId, "?"),
            r.Role,
            Ref(r.AssigneePersonId, people),
            Ref(r.ActingForPersonId, people),
            Ref(r.DelegatedByPersonId, people),
            r.Status.ToString().ToLowerInvariant(),
            r.DueAtUtc,
            r.Status == AssignmentStatus.Open && r.DueAtUtc is { } due && due < nowUtc,
            r.Outcome,
            r.Comment,
            r.CompletedAtUtc,
            r.Status == AssignmentStatus.Open && task is not null ? [.. task.Outcomes.Select(o => new OutcomeView(o.Id, o.Title.In(Lang), o.RequiresComment))] : []);
    }

    public async Task<IReadOnlyList<JournalView>?> JournalAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        var agreement = await Visible(user).Select(a => new { a.Id, a.WorkflowInstanceId, a.BaseOrganizationId }).SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null)
        {
            return null;
        }

        var entries = await db.JournalEntries.AsNoTracking().Where(j => j.InstanceId == agreement.WorkflowInstanceId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        var people = await NamesAsync(entries.SelectMany(e => new[] { e.ActorPersonId, e.ActingForPersonId }), cancellationToken);
        var organizationIds = entries.Select(e => e.OrganizationId).OfType<Guid>().Append(agreement.BaseOrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new { o.ShortName, o.TimeZoneId }, cancellationToken);
        return [.. entries.Select(e =>
        {
            var zoneId = organizations.GetValueOrDefault(e.OrganizationId ?? agreement.BaseOrganizationId)?.TimeZoneId ?? "Europe/Moscow";
            var zone = IanaTimeZone.TryParse(zoneId, out var parsed) ? parsed.Value : IanaTimeZone.Moscow;
            return new JournalView(
                e.Sequence,
                e.AtUtc,
                zone.ToLocal(new DateTimeOffset(e.AtUtc, TimeSpan.Zero)).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
                zone.Id,
                InputNameOf(e.Kind.ToString()),
                Ref(e.ActorPersonId, people),
                Ref(e.ActingForPersonId, people),
                e.OrganizationId is { } o ? organizations.GetValueOrDefault(o)?.ShortName : null,
                e.FromStage,
                e.ToStage,
                e.TaskId,
                e.Outcome,
                e.Comment);
        })];
    }

    public async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
    }

    private string StageTitle(AgreementKind kind, string stage) =>
        definitions.Latest(kind == AgreementKind.Amendment ? AgreementService.AmendmentRoute : AgreementService.AgreementRoute)?.FindStage(stage)?.Title.In(Lang) ?? stage;

    private static PersonRef? Ref(Guid? id, IReadOnlyDictionary<Guid, string> people) =>
        id is { } value ? new PersonRef(value, people.GetValueOrDefault(value, "?")) : null;

    private static string InputName(AgreementKind kind) => InputNameOf(kind.ToString());

    private static string InputNameOf(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Lang => Localization.Texts.IsEnglish ? "en" : "ru";
}
