using AgreementFlow.Data.Calendars;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Hosting;
using AgreementFlow.Workflows.Calendars;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Calendars;

/// <summary>Writes the built-in federal calendars into the database once; afterwards they are an admin's data.</summary>
internal sealed class BuiltInCalendarSeed(AgreementFlowDbContext db) : IStartupTask
{
    private static readonly int[] BuiltInYears = [2026];

    public int Order => StartupOrder.BuiltInCalendar;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var year in BuiltInYears)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            if (await db.CalendarDays.AnyAsync(d => d.RegionCode == RussianFederalCalendar.FederalRegion && d.Date >= from && d.Date <= to, cancellationToken))
            {
                continue;
            }

            db.CalendarDays.AddRange(RussianFederalCalendar.ForYear(year).Select(d => new CalendarDay
            {
                RegionCode = RussianFederalCalendar.FederalRegion,
                Date = d.Date,
                Kind = d.Kind,
                Note = d.Note,
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
