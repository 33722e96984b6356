using AgreementFlow.Data.Calendars;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Hosting;
using AgreementFlow.Workflows.Calendars;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Calendars;

/// <summary>Writes the built-in federal calendars into the database once; afterwards they are an admin's data.</summary>
internal sealed partial class BuiltInCalendarSeed(AgreementFlowDbContext db, ILogger<BuiltInCalendarSeed> logger) : IStartupTask
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

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Two nodes started on an empty database at the same moment: the other one's rows are the same calendar.
            if (!await SeededByAnotherNodeAsync(cancellationToken))
            {
                throw;
            }

            LogSeededConcurrently(logger, e);
        }
    }

    private async Task<bool> SeededByAnotherNodeAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var from = new DateOnly(BuiltInYears[0], 1, 1);
        return await db.CalendarDays.AnyAsync(d => d.RegionCode == RussianFederalCalendar.FederalRegion && d.Date >= from, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The built-in calendar was seeded by another node starting at the same time")]
    private static partial void LogSeededConcurrently(ILogger logger, Exception exception);
}
