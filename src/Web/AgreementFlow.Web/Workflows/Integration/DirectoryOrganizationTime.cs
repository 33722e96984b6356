using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Calendars;
using AgreementFlow.Workflows.Calendars;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace AgreementFlow.Web.Workflows.Integration;

/// <summary>An organisation's zone and its region's production calendar, from the directory.</summary>
/// <remarks>Cached for a minute per organisation: every step that opens a task asks, and zones change rarely.</remarks>
internal sealed class DirectoryOrganizationTime(AgreementFlowDbContext db, CalendarService calendars, IMemoryCache cache) : IOrganizationTimeSource
{
    public async Task<OrganizationTime> GetAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var key = "organization-time:" + organizationId.ToString("N");
        if (cache.TryGetValue(key, out OrganizationTime? cached) && cached is not null)
        {
            return cached;
        }

        var time = await LoadAsync(organizationId, cancellationToken);
        cache.Set(key, time, TimeSpan.FromMinutes(1));
        return time;
    }

    private async Task<OrganizationTime> LoadAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == organizationId)
            .Select(o => new { o.TimeZoneId, o.RegionCode })
            .SingleOrDefaultAsync(cancellationToken);
        var zone = organization is not null && IanaTimeZone.TryParse(organization.TimeZoneId, out var parsed) ? parsed.Value : IanaTimeZone.Moscow;
        var calendar = await calendars.GetWorkingDayCalendarAsync(organization?.RegionCode ?? RussianFederalCalendar.FederalRegion, cancellationToken);
        return new OrganizationTime(zone, calendar, WorkingHours.Default);
    }
}
