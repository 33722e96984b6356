using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Workflows.Integration;

/// <summary>Resolves a role of an organisation to people from the memberships, honouring absences («и.о.»).</summary>
internal sealed class DirectoryAssignees(AgreementFlowDbContext db) : IAssigneeDirectory
{
    // The longest-serving holder first: with two directors, the task goes to the same one every time. Each holder comes
    // with the substitute of an absence covering the date, in the same query. Compiled once: every new task asks it.
    private static readonly CompiledPerModel<Func<AgreementFlowDbContext, Guid, OrganizationRole, DateOnly, IAsyncEnumerable<Holder>>> Holders = new(() =>
        EF.CompileAsyncQuery((AgreementFlowDbContext db, Guid organizationId, OrganizationRole role, DateOnly localDate) => db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId && m.Role == role)
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => new { p.Id, p.CreatedAtUtc })
            .OrderBy(p => p.CreatedAtUtc).ThenBy(p => p.Id)
            .Select(p => new Holder(
                p.Id,
                db.Absences.Where(a => a.PersonId == p.Id && a.From <= localDate && a.To >= localDate)
                    .OrderBy(a => a.From).Select(a => (Guid?)a.SubstituteId).FirstOrDefault()))));

    public async Task<IReadOnlyList<ResolvedAssignee>> ResolveAsync(Guid organizationId, string role, DateOnly localDate, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<OrganizationRole>(role, ignoreCase: true, out var parsed))
        {
            return [];
        }

        var result = new List<ResolvedAssignee>();
        await foreach (var holder in Holders.For(db)(db, organizationId, parsed, localDate).WithCancellation(cancellationToken))
        {
            result.Add(holder.Substitute is { } substitute ? new ResolvedAssignee(substitute, holder.Id) : new ResolvedAssignee(holder.Id, null));
        }

        // Present holders first: a substitute is the fallback, not the first choice.
        return [.. result.OrderBy(r => r.ActingForPersonId is null ? 0 : 1)];
    }

    public Task<bool> HoldsRoleAsync(Guid personId, Guid organizationId, string role, CancellationToken cancellationToken) =>
        Enum.TryParse<OrganizationRole>(role, ignoreCase: true, out var parsed)
            ? db.Memberships.AnyAsync(m => m.PersonId == personId && m.OrganizationId == organizationId && m.Role == parsed, cancellationToken)
            : Task.FromResult(false);

    private sealed record Holder(Guid Id, Guid? Substitute);
}
