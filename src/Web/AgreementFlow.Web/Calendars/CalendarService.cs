using System.Text.RegularExpressions;
using AgreementFlow.Data.Calendars;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace AgreementFlow.Web.Calendars;

/// <summary>
/// The production calendars as data: the federal one under "RU" and each region's own days over it.
/// Builds the <see cref="WorkingDayCalendar"/> that deadlines are counted in.
/// </summary>
public sealed partial class CalendarService(AgreementFlowDbContext db, IMemoryCache cache, Texts t)
{
    private const int MinYear = 2000;
    private const int MaxYear = 2100;

    public static bool IsValidRegion(string region) => region == RussianFederalCalendar.FederalRegion || RegionPattern().IsMatch(region);

    /// <summary>The working-day calendar of a region: the federal days with the region's own laid over them.</summary>
    public async Task<WorkingDayCalendar> GetWorkingDayCalendarAsync(string region, CancellationToken cancellationToken)
    {
        var key = CacheKey(region);
        if (cache.TryGetValue(key, out WorkingDayCalendar? calendar) && calendar is not null)
        {
            return calendar;
        }

        var days = await db.CalendarDays.AsNoTracking()
            .Where(d => d.RegionCode == RussianFederalCalendar.FederalRegion || d.RegionCode == region)
            .ToListAsync(cancellationToken);
        calendar = new WorkingDayCalendar(days.Where(d => d.RegionCode == RussianFederalCalendar.FederalRegion).Select(ToDeviation))
            .With(days.Where(d => d.RegionCode == region && region != RussianFederalCalendar.FederalRegion).Select(ToDeviation));
        cache.Set(key, calendar, TimeSpan.FromMinutes(10));
        return calendar;
    }

    public async Task<IReadOnlyList<CalendarSummaryView>> ListAsync(CancellationToken cancellationToken)
    {
        var dates = await db.CalendarDays.AsNoTracking().Select(d => new { d.RegionCode, d.Date }).ToListAsync(cancellationToken);
        return dates.GroupBy(d => (d.RegionCode, d.Date.Year))
            .OrderBy(g => g.Key.RegionCode == RussianFederalCalendar.FederalRegion ? 0 : 1)
            .ThenBy(g => g.Key.RegionCode, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Year)
            .Select(g => new CalendarSummaryView(g.Key.RegionCode, g.Key.Year, g.Count()))
            .ToList();
    }

    public async Task<CommandResult<CalendarYearView>> GetYearAsync(string region, int year, CancellationToken cancellationToken)
    {
        var invalid = CheckRegionAndYear(region, year);
        if (invalid is not null)
        {
            return CommandResult<CalendarYearView>.Invalid(invalid);
        }

        var calendar = await GetWorkingDayCalendarAsync(region, cancellationToken);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = await db.CalendarDays.AsNoTracking()
            .Where(d => (d.RegionCode == region || d.RegionCode == RussianFederalCalendar.FederalRegion) && d.Date >= from && d.Date <= to)
            .ToListAsync(cancellationToken);
        var own = rows.Where(d => d.RegionCode == region).OrderBy(d => d.Date).Select(ToView).ToList();
        var inherited = region == RussianFederalCalendar.FederalRegion
            ? []
            : rows.Where(d => d.RegionCode == RussianFederalCalendar.FederalRegion).OrderBy(d => d.Date).Select(ToView).ToList();
        return CommandResult<CalendarYearView>.Success(new(region, year, calendar.CountWorkingDays(from, to), own, inherited));
    }

    /// <summary>Replaces the region's own deviations in <paramref name="year"/> with <paramref name="input"/>.</summary>
    public async Task<CommandResult<CalendarYearView>> ReplaceYearAsync(string region, int year, CalendarYearInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = CheckRegionAndYear(region, year) ?? new FieldErrors();
        var rules = new InputRules(t, errors);
        var days = new List<CalendarDay>();
        var list = input.Days ?? [];
        if (input.Days is null)
        {
            errors.Add("days", t["Передайте список дней (может быть пустым)."]);
        }

        for (var i = 0; i < list.Count; i++)
        {
            var field = $"days[{i}]";
            var kind = rules.Choice<CalendarDayKind>($"{field}.kind", list[i].Kind);
            var note = rules.Optional($"{field}.note", list[i].Note, CalendarDay.NoteMaxLength);
            if (list[i].Date is not { } date)
            {
                errors.Add($"{field}.date", t["Укажите дату."]);
                continue;
            }

            if (date.Year != year)
            {
                errors.Add($"{field}.date", t.Format("Дата {0:dd.MM.yyyy} не из {1} года.", date, year));
            }
            else if (days.Any(d => d.Date == date))
            {
                errors.Add($"{field}.date", t.Format("Дата {0:dd.MM.yyyy} указана дважды.", date));
            }

            days.Add(new CalendarDay { RegionCode = region, Date = date, Kind = kind, Note = note });
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<CalendarYearView>.Invalid(errors);
        }

        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.CalendarDays.Where(d => d.RegionCode == region && d.Date >= from && d.Date <= to).ExecuteDeleteAsync(cancellationToken);
            db.CalendarDays.AddRange(days);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        Invalidate(region);
        return await GetYearAsync(region, year, cancellationToken);
    }

    public async Task<CommandResult<Unit>> DeleteYearAsync(string region, int year, CancellationToken cancellationToken)
    {
        var invalid = CheckRegionAndYear(region, year);
        if (invalid is not null)
        {
            return CommandResult<Unit>.Invalid(invalid);
        }

        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var deleted = await db.CalendarDays.Where(d => d.RegionCode == region && d.Date >= from && d.Date <= to).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return CommandResult<Unit>.NotFound(t.Format("Для региона {0} нет своих дней в {1} году.", region, year));
        }

        Invalidate(region);
        return CommandResult<Unit>.Success(Unit.Value);
    }

    private void Invalidate(string region)
    {
        cache.Remove(CacheKey(region));
        if (region == RussianFederalCalendar.FederalRegion)
        {
            // Every region's calendar lies over the federal one: drop them all.
            if (cache is MemoryCache memory)
            {
                memory.Clear();
            }
        }
    }

    private FieldErrors? CheckRegionAndYear(string region, int year)
    {
        var errors = new FieldErrors();
        if (!IsValidRegion(region))
        {
            errors.Add("region", t["Регион — RU (федеральный календарь) или код из двух цифр, например 24."]);
        }

        if (year is < MinYear or > MaxYear)
        {
            errors.Add("year", t.Format("Год — от {0} до {1}.", MinYear, MaxYear));
        }

        return errors.IsEmpty ? null : errors;
    }

    private static string CacheKey(string region) => "calendar:" + region;

    private static CalendarDeviation ToDeviation(CalendarDay d) => new(d.Date, d.Kind, d.Note);

    private static CalendarDayView ToView(CalendarDay d) => new(d.Date, InputRules.JsonName(d.Kind), d.Note);

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex RegionPattern();
}
