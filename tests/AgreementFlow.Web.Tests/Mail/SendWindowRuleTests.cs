using AgreementFlow.Web.Mail.Windows;
using AgreementFlow.Workflows.Calendars;
using AgreementFlow.Workflows.Runtime.Extensions;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>When a reminder may go out: working hours on working days of the production calendar, in the organisation's zone.</summary>
public sealed class SendWindowRuleTests
{
    private static readonly OrganizationTime Moscow = new(IanaTimeZone.Moscow, new WorkingDayCalendar(RussianFederalCalendar.Year2026), WorkingHours.Default);
    private static readonly OrganizationTime Krasnoyarsk = new(IanaTimeZone.Parse("Asia/Krasnoyarsk"), new WorkingDayCalendar(RussianFederalCalendar.Year2026), WorkingHours.Default);

    [Fact]
    public void AReminderDueAt2amLocal_GoesAt9SameDay()
    {
        // Tuesday 24 November 2026, 02:00 in Krasnoyarsk (UTC+7).
        var due = Utc(2026, 11, 23, 19, 0);
        SendWindowRule.Default.NextOpeningUtc(due, Krasnoyarsk).Should().Be(Utc(2026, 11, 24, 2, 0), "09:00 Krasnoyarsk is 02:00 UTC");
    }

    [Fact]
    public void InsideTheWindow_ItGoesAtOnce()
    {
        var due = Utc(2026, 11, 24, 8, 0); // 11:00 Moscow
        SendWindowRule.Default.NextOpeningUtc(due, Moscow).Should().Be(due);
        SendWindowRule.Default.CurrentOpeningUtc(due, Moscow).Should().Be(Utc(2026, 11, 24, 6, 0));
    }

    [Fact]
    public void OverTheMayHolidays_AReminderAfterTheShortenedEveningOf8May_WaitsUntilTuesday12May()
    {
        // Friday 8 May 2026 is a shortened pre-holiday day (the window closes at 17:00); 9–11 May are days off.
        var due = Utc(2026, 5, 8, 14, 30); // 17:30 Moscow
        SendWindowRule.Default.CurrentOpeningUtc(due, Moscow).Should().BeNull();
        SendWindowRule.Default.NextOpeningUtc(due, Moscow).Should().Be(Utc(2026, 5, 12, 6, 0));
        SendWindowRule.Default.NextOpeningUtc(Utc(2026, 5, 8, 13, 30), Moscow).Should().Be(Utc(2026, 5, 8, 13, 30), "16:30 is still inside");
    }

    [Fact]
    public void OverTheMayHolidays_AReminderOn1May_WaitsUntilMonday4May()
    {
        SendWindowRule.Default.NextOpeningUtc(Utc(2026, 5, 1, 8, 0), Moscow).Should().Be(Utc(2026, 5, 4, 6, 0));
        Moscow.Calendar.AddWorkingDays(new DateOnly(2026, 4, 30), 1).Should().Be(new DateOnly(2026, 5, 4));
        Moscow.Calendar.AddWorkingDays(new DateOnly(2026, 5, 7), 2).Should().Be(new DateOnly(2026, 5, 12));
        Moscow.Calendar.SubtractWorkingDays(new DateOnly(2026, 5, 12), 1).Should().Be(new DateOnly(2026, 5, 8));
        Moscow.Calendar.CountWorkingDays(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31)).Should().Be(19);
    }

    [Fact]
    public void ASwitchedOffWindow_LetsEverythingGoAtOnce()
    {
        var rule = SendWindowRule.Default with { Enabled = false };
        var night = Utc(2026, 11, 23, 19, 0);
        rule.NextOpeningUtc(night, Krasnoyarsk).Should().Be(night);
    }

    [Fact]
    public void ACustomWindow_OpensAtItsOwnHour()
    {
        var rule = new SendWindowRule(new TimeOnly(7, 30), new TimeOnly(20, 0), true);
        rule.NextOpeningUtc(Utc(2026, 11, 23, 22, 0), Krasnoyarsk).Should().Be(Utc(2026, 11, 24, 0, 30), "07:30 Krasnoyarsk");
    }

    [Fact]
    public void TheSpread_IsFixedPerMessage_AndWithinItsBounds()
    {
        var ids = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid()).ToList();
        var spread = TimeSpan.FromMinutes(10);
        var staggers = ids.Select(id => SendWindowRule.StaggerOf(id, spread)).ToList();
        staggers.Should().OnlyContain(s => s >= TimeSpan.Zero && s < spread);
        staggers.Distinct().Count().Should().BeGreaterThan(100, "many messages at one opening go out over minutes");
        SendWindowRule.StaggerOf(ids[0], spread).Should().Be(staggers[0]);
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
