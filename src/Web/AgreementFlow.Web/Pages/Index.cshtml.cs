using System.Globalization;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Identity;
using AgreementFlow.Workflows.Calendars;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages;

public sealed class IndexModel(AgreementFlowDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public sealed record OrganizationRow(string Name, IReadOnlyList<string> Roles, string LocalTime, string TimeZone);

    public IReadOnlyList<OrganizationRow> Organizations { get; private set; } = [];

    public int OrganizationCount { get; private set; }

    public int PeopleCount { get; private set; }

    public int ProgramCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var ids = me.OrganizationIds.ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Organizations = organizations
            .OrderBy(o => o.ShortName, StringComparer.CurrentCulture)
            .Select(o => new OrganizationRow(
                o.ShortName,
                [.. me.Memberships.Where(m => m.OrganizationId == o.Id).Select(m => Common.InputRules.JsonName(m.Role))],
                IanaTimeZone.TryParse(o.TimeZoneId, out var zone) ? zone.Value.ToLocal(now).ToString("HH:mm", CultureInfo.CurrentCulture) : "—",
                o.TimeZoneId))
            .ToList();

        if (me.IsAdministrator)
        {
            OrganizationCount = await db.Organizations.CountAsync(cancellationToken);
            PeopleCount = await db.People.CountAsync(cancellationToken);
            ProgramCount = await db.Programs.CountAsync(cancellationToken);
        }
    }
}
