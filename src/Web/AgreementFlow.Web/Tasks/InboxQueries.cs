using System.Globalization;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Identity;
using AgreementFlow.Workflows.Calendars;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tasks;

/// <summary>The signed-in person's open tasks, including those received as a substitute, nearest deadline first.</summary>
public sealed class InboxQueries(AgreementFlowDbContext db, WorkflowDefinitionRegistry definitions, AgreementQueries agreements, TimeProvider clock)
{
    public async Task<IReadOnlyList<InboxItem>> MineAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var me = user.PersonId;
        var rows = await db.TaskAssignments.AsNoTracking().Include(a => a.HumanTask)
            .Where(a => a.AssigneePersonId == me && a.Status == AssignmentStatus.Open)
            .OrderBy(a => a.DueAtUtc == null ? 1 : 0).ThenBy(a => a.DueAtUtc).ThenBy(a => a.CreatedAtUtc)
            .Take(500)
            .ToListAsync(cancellationToken);
        var instanceIds = rows.Select(r => r.InstanceId).Distinct().ToList();
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var subjectIds = instances.Values.Select(i => i.SubjectId).ToList();
        var titles = await db.Agreements.AsNoTracking().Where(a => subjectIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        foreach (var transfer in await db.CreditTransfers.AsNoTracking().Where(c => subjectIds.Contains(c.Id))
                     .Select(c => new { c.Id, c.SourceProgramName, c.TargetUnit }).ToListAsync(cancellationToken))
        {
            titles[transfer.Id] = $"Зачёт: «{transfer.SourceProgramName}» → {transfer.TargetUnit}";
        }

        var people = await agreements.NamesAsync(rows.SelectMany(r => new[] { r.AssigneePersonId, r.ActingForPersonId, r.DelegatedByPersonId }), cancellationToken);
        var organizationIds = rows.Select(r => r.OrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. rows.Select(r =>
        {
            var instance = instances[r.InstanceId];
            var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
            var zone = organizations.TryGetValue(r.OrganizationId, out var o) && IanaTimeZone.TryParse(o.TimeZoneId, out var z) ? z.Value : IanaTimeZone.Moscow;
            return new InboxItem(
                agreements.ToTaskView(r, definition, people, organizations.ToDictionary(x => x.Key, x => x.Value.ShortName), now),
                instance.Id,
                char.ToLowerInvariant(instance.SubjectKind.ToString()[0]) + instance.SubjectKind.ToString()[1..],
                instance.SubjectId,
                titles.GetValueOrDefault(instance.SubjectId, instance.DefinitionId),
                definition?.FindStage(instance.Stage)?.Title.In(Localization.Texts.IsEnglish ? "en" : "ru") ?? instance.Stage,
                r.ActingForPersonId is not null,
                r.DueAtUtc is { } due ? zone.ToLocal(new DateTimeOffset(due, TimeSpan.Zero)).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) : "",
                zone.Id);
        })];
    }
}
