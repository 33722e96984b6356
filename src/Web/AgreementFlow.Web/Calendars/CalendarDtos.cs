namespace AgreementFlow.Web.Calendars;

/// <summary>A region's calendar for one year: its own deviations and, for a region, the federal ones beneath.</summary>
public sealed record CalendarYearView(
    string Region,
    int Year,
    int WorkingDays,
    IReadOnlyList<CalendarDayView> Days,
    IReadOnlyList<CalendarDayView> InheritedDays);

public sealed record CalendarDayView(DateOnly Date, string Kind, string? Note);

public sealed record CalendarYearInput(IReadOnlyList<CalendarDayInput>? Days);

public sealed record CalendarDayInput(DateOnly? Date, string? Kind, string? Note);

public sealed record CalendarSummaryView(string Region, int Year, int Days);
