using AgreementFlow.Workflows.Calendars;

namespace AgreementFlow.Workflows.Tests.Calendars;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Federal2026 = new(RussianFederalCalendar.Year2026);

    [Fact]
    public void May8_2026_IsAShortenedWorkingDay()
    {
        var date = new DateOnly(2026, 5, 8);

        Federal2026.IsWorkingDay(date).Should().BeTrue();
        Federal2026.IsShortenedDay(date).Should().BeTrue();
    }

    [Fact]
    public void May11_2026_IsNotAWorkingDay_ThoughItIsAMonday()
    {
        var date = new DateOnly(2026, 5, 11);

        date.DayOfWeek.Should().Be(DayOfWeek.Monday);
        Federal2026.IsWorkingDay(date).Should().BeFalse();
    }

    [Fact]
    public void NextWorkingDay_AfterJune11_2026_IsJune15()
    {
        Federal2026.NextWorkingDay(new DateOnly(2026, 6, 11)).Should().Be(new DateOnly(2026, 6, 15));
    }

    [Fact]
    public void Year2026_Has247WorkingDays_AsTheResolutionSays()
    {
        Federal2026.CountWorkingDays(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).Should().Be(247);
    }

    [Theory]
    [InlineData("2026-04-29", 3, "2026-05-05")] // Thu 30 Apr (short), then 1–3 May off: 30.04, 04.05, 05.05
    [InlineData("2026-05-07", 1, "2026-05-08")] // the shortened Friday still counts
    [InlineData("2026-05-08", 1, "2026-05-12")] // 9–11 May off
    [InlineData("2026-12-30", 1, "2027-01-01")] // no 2027 data yet: the plain week applies beyond 2026
    public void AddWorkingDays_SkipsTheMayHolidays(string start, int days, string expected)
    {
        Federal2026.AddWorkingDays(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days)
            .Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ARegionsOwnDay_OverridesTheFederalWeek()
    {
        // A region declares 2026-09-01 (Tuesday) a day off.
        var regional = Federal2026.With([new CalendarDeviation(new DateOnly(2026, 9, 1), CalendarDayKind.NonWorking, "Региональный праздник")]);

        regional.IsWorkingDay(new DateOnly(2026, 9, 1)).Should().BeFalse();
        Federal2026.IsWorkingDay(new DateOnly(2026, 9, 1)).Should().BeTrue();
    }

    [Fact]
    public void AWorkingSaturday_CountsAsAWorkingDay()
    {
        var calendar = WorkingDayCalendar.FiveDayWeek.With([new CalendarDeviation(new DateOnly(2027, 11, 6), CalendarDayKind.Working)]);

        calendar.NextWorkingDay(new DateOnly(2027, 11, 5)).Should().Be(new DateOnly(2027, 11, 6));
    }
}
