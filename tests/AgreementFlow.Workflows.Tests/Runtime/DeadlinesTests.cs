using AgreementFlow.Workflows.Calendars;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Extensions;

namespace AgreementFlow.Workflows.Tests.Runtime;

public sealed class DeadlinesTests
{
    private static readonly WorkingDayCalendar Federal2026 = new(RussianFederalCalendar.Year2026);
    private static readonly OrganizationTime Krasnoyarsk = new(IanaTimeZone.Parse("Asia/Krasnoyarsk"), Federal2026, WorkingHours.Default);
    private static readonly OrganizationTime Moscow = new(IanaTimeZone.Moscow, Federal2026, WorkingHours.Default);

    [Fact]
    public void ThreeWorkingDays_EndAtTheEndOfTheLocalWorkingDay_FourHoursApartBetweenKrasnoyarskAndMoscow()
    {
        // Monday 23 November 2026, 10:00 in Moscow (07:00 UTC): 14:00 in Krasnoyarsk, the same date.
        var now = new DateTime(2026, 11, 23, 7, 0, 0, DateTimeKind.Utc);
        var due = new DueDuration(3, null);

        var inKrasnoyarsk = Deadlines.DueAt(due, now, Krasnoyarsk);
        var inMoscow = Deadlines.DueAt(due, now, Moscow);

        inKrasnoyarsk.Should().Be(new DateTime(2026, 11, 26, 11, 0, 0, DateTimeKind.Utc), "18:00 on Thursday in UTC+7");
        inMoscow.Should().Be(new DateTime(2026, 11, 26, 15, 0, 0, DateTimeKind.Utc), "18:00 on Thursday in UTC+3");
        (inMoscow - inKrasnoyarsk).Should().Be(TimeSpan.FromHours(4));
    }

    [Fact]
    public void LateEveningInKrasnoyarsk_IsAlreadyTheNextDay_SoTheDeadlineMovesToo()
    {
        // 18:00 UTC on Monday is 01:00 on Tuesday in Krasnoyarsk, still 21:00 on Monday in Moscow.
        var now = new DateTime(2026, 11, 23, 18, 0, 0, DateTimeKind.Utc);

        Deadlines.DueAt(new DueDuration(1, null), now, Krasnoyarsk).Should().Be(new DateTime(2026, 11, 25, 11, 0, 0, DateTimeKind.Utc));
        Deadlines.DueAt(new DueDuration(1, null), now, Moscow).Should().Be(new DateTime(2026, 11, 24, 15, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void AcrossTheMayHolidays_TheDeadlineSkipsThem_AndAShortenedDayEndsAnHourEarly()
    {
        // Wednesday 29 April 2026 in Moscow. Working days after it: 30 Apr (shortened), 4, 5, 6, 7, 8 May (shortened).
        var now = new DateTime(2026, 4, 29, 9, 0, 0, DateTimeKind.Utc);

        Deadlines.DueAt(new DueDuration(1, null), now, Moscow).Should().Be(new DateTime(2026, 4, 30, 14, 0, 0, DateTimeKind.Utc), "17:00 on the shortened 30 April");
        Deadlines.DueAt(new DueDuration(2, null), now, Moscow).Should().Be(new DateTime(2026, 5, 4, 15, 0, 0, DateTimeKind.Utc), "1–3 May are off");
        Deadlines.DueAt(new DueDuration(6, null), now, Moscow).Should().Be(new DateTime(2026, 5, 8, 14, 0, 0, DateTimeKind.Utc), "8 May is shortened");
        Deadlines.DueAt(new DueDuration(7, null), now, Moscow).Should().Be(new DateTime(2026, 5, 12, 15, 0, 0, DateTimeKind.Utc), "9–11 May are off");
    }

    [Fact]
    public void AnExactDuration_IsThatLongFromNow_WhateverTheCalendar()
    {
        var now = new DateTime(2026, 5, 8, 16, 0, 0, DateTimeKind.Utc);

        Deadlines.DueAt(new DueDuration(null, TimeSpan.FromMinutes(30)), now, Moscow).Should().Be(now.AddMinutes(30));
    }

    [Fact]
    public void ASettingOverridesTheDefinitionsWorkingDays()
    {
        var now = new DateTime(2026, 11, 23, 7, 0, 0, DateTimeKind.Utc);
        var due = new DueDuration(10, null, "CreditTransfer:DecisionWorkingDays");

        Deadlines.DueAt(due, now, Moscow, new FixedSettings(2)).Should().Be(new DateTime(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc));
        Deadlines.DueAt(due, now, Moscow, new FixedSettings(null)).Should().Be(new DateTime(2026, 12, 7, 15, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void RemindingTwoWorkingDaysBefore_CountsBackOverTheWeekend()
    {
        // Due Tuesday 12 May 2026 18:00 Moscow; two working days before is Thursday 7 May (8 May shortened counts once).
        var due = new DateTime(2026, 5, 12, 15, 0, 0, DateTimeKind.Utc);

        Deadlines.Before(due, new DueDuration(2, null), Moscow).Should().Be(new DateTime(2026, 5, 7, 6, 0, 0, DateTimeKind.Utc), "09:00 Moscow on 7 May");
    }

    private sealed class FixedSettings(int? value) : IWorkflowSettings
    {
        public int? GetInt(string key) => value;
    }
}
