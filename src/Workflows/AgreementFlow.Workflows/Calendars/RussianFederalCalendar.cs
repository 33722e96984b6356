namespace AgreementFlow.Workflows.Calendars;

/// <summary>The federal production calendars built into AgreementFlow; an admin edits them as data afterwards.</summary>
/// <remarks>
/// Source: Labour Code art. 112 and the Government resolution for each year
/// (2026: № 1466 of 24.09.2025 — 247 working days). Later years are added by an admin when adopted.
/// </remarks>
public static class RussianFederalCalendar
{
    /// <summary>The region code under which the federal calendar is stored; regions add their own days on top.</summary>
    public const string FederalRegion = "RU";

    /// <summary>The deviations of 2026.</summary>
    public static IReadOnlyList<CalendarDeviation> Year2026 { get; } = Build2026();

    /// <summary>The built-in deviations of <paramref name="year"/>, empty for a year not built in.</summary>
    public static IReadOnlyList<CalendarDeviation> ForYear(int year) => year == 2026 ? Year2026 : [];

    private static CalendarDeviation[] Build2026()
    {
        const string newYear = "Новогодние каникулы и Рождество Христово";
        var days = new List<CalendarDeviation>();
        for (var day = 1; day <= 11; day++)
        {
            days.Add(new(new DateOnly(2026, 1, day), CalendarDayKind.NonWorking, newYear));
        }

        void Off(int month, int from, int to, string note)
        {
            for (var day = from; day <= to; day++)
            {
                days.Add(new(new DateOnly(2026, month, day), CalendarDayKind.NonWorking, note));
            }
        }

        Off(2, 21, 23, "День защитника Отечества");
        Off(3, 7, 9, "Международный женский день");
        Off(5, 1, 3, "Праздник Весны и Труда");
        Off(5, 9, 11, "День Победы");
        Off(6, 12, 14, "День России");
        Off(11, 4, 4, "День народного единства");
        Off(12, 31, 31, "Перенос выходного дня с 3 января");
        days.Add(new(new DateOnly(2026, 4, 30), CalendarDayKind.Shortened, "Предпраздничный день"));
        days.Add(new(new DateOnly(2026, 5, 8), CalendarDayKind.Shortened, "Предпраздничный день"));
        days.Add(new(new DateOnly(2026, 6, 11), CalendarDayKind.Shortened, "Предпраздничный день"));
        days.Add(new(new DateOnly(2026, 11, 3), CalendarDayKind.Shortened, "Предпраздничный день"));
        return [.. days];
    }
}
