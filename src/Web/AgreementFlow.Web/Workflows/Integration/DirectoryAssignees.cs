using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Workflows.Integration;

/// <summary>Resolves a role of an organisation to people from the memberships, honouring absences («и.о.»).</summary>
internal sealed class DirectoryAssignees(AgreementFlowDbContext db) : IAssigneeDirectory
{
    public async Task<IReadOnlyList<ResolvedAssignee>> ResolveAsync(Guid organizationId, string role, DateOnly localDate, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<OrganizationRole>(role, ignoreCase: true, out var parsed))
        {
            return [];
        }

        // The longest-serving holder first: with two directors, the task goes to the same one every time.
        var holders = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId && m.Role == parsed)
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => new { p.Id, p.CreatedAtUtc })
            .OrderBy(p => p.CreatedAtUtc).ThenBy(p => p.Id)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var absences = await db.Absences.AsNoTracking()
            .Where(a => holders.Contains(a.PersonId) && a.From <= localDate && a.To >= localDate)
            .ToListAsync(cancellationToken);

        var result = new List<ResolvedAssignee>();
        foreach (var holder in holders)
        {
            var absence = absences.FirstOrDefault(a => a.PersonId == holder);
            result.Add(absence is null ? new ResolvedAssignee(holder, null) : new ResolvedAssignee(absence.SubstituteId, holder));
        }

        // Present holders first: a substitute is the fallback, not the first choice.
        return [.. result.OrderBy(r => r.ActingForPersonId is null ? 0 : 1)];
    }

    public Task<bool> HoldsRoleAsync(Guid personId, Guid organizationId, string role, CancellationToken cancellationToken) =>
        Enum.TryParse<OrganizationRole>(role, ignoreCase: true, out var parsed)
            ? db.Memberships.AnyAsync(m => m.PersonId == personId && m.OrganizationId == organizationId && m.Role == parsed, cancellationToken)
            : Task.FromResult(false);
}
