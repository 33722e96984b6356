using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Calendars;
using AgreementFlow.Workflows.Calendars;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Workflows.Integration;

/// <summary>An organisation's zone and its region's production calendar, from the directory.</summary>
internal sealed class DirectoryOrganizationTime(AgreementFlowDbContext db, CalendarService calendars) : IOrganizationTimeSource
{
    public async Task<OrganizationTime> GetAsync(Guid organizationId, CancellationToken cancellationToken)
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
