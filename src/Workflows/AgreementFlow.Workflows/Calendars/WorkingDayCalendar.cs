namespace AgreementFlow.Workflows.Calendars;

/// <summary>
/// A production calendar (производственный календарь): the Monday–Friday week with the deviations
/// a government resolution or a region sets for particular dates.
/// </summary>
/// <remarks>
/// Deadlines in Russian local acts are counted in working days, so every due date in the engine
/// goes through this type. The calendar is immutable; build a new one when an admin edits the data.
/// Dates outside the years the data covers fall back to the plain Monday–Friday week.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, CalendarDeviation> _deviations;

    /// <summary>Creates a calendar from its deviations; a later deviation for the same date wins.</summary>
    public WorkingDayCalendar(IEnumerable<CalendarDeviation> deviations)
    {
        ArgumentNullException.ThrowIfNull(deviations);
        _deviations = [];
        foreach (var deviation in deviations)
        {
            _deviations[deviation.Date] = deviation;
        }
    }

    /// <summary>A calendar with no deviations: every Monday to Friday is a working day.</summary>
    public static WorkingDayCalendar FiveDayWeek { get; } = new([]);

    /// <summary>The deviations this calendar holds, ordered by date.</summary>
    public IEnumerable<CalendarDeviation> Deviations => _deviations.Values.OrderBy(e => e.Date);

    /// <summary>Whether people work on <paramref name="date"/>.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _deviations.TryGetValue(date, out var deviation)
            ? deviation.Kind is CalendarDayKind.Working or CalendarDayKind.Shortened
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Whether <paramref name="date"/> is a working day one hour shorter than usual.</summary>
    public bool IsShortenedDay(DateOnly date) =>
        _deviations.TryGetValue(date, out var deviation) && deviation.Kind == CalendarDayKind.Shortened;

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>
    /// The date that is <paramref name="workingDays"/> working days after <paramref name="start"/>;
    /// the start day itself is not counted (a task set on Friday "within 1 working day" is due Monday).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        for (var i = 0; i < workingDays; i++)
        {
            date = NextWorkingDay(date);
        }

        return date;
    }

    /// <summary>
    /// The date that is <paramref name="workingDays"/> working days before <paramref name="date"/>
    /// (for "remind 2 working days before the deadline").
    /// </summary>
    public DateOnly SubtractWorkingDays(DateOnly date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var result = date;
        for (var i = 0; i < workingDays; i++)
        {
            result = result.AddDays(-1);
            while (!IsWorkingDay(result))
            {
                result = result.AddDays(-1);
            }
        }

        return result;
    }

    /// <summary>How many working days lie in the inclusive range from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>This calendar with <paramref name="overrides"/> laid over it (a region's own days over the federal ones).</summary>
    public WorkingDayCalendar With(IEnumerable<CalendarDeviation> overrides) =>
        new(_deviations.Values.Concat(overrides));
}
