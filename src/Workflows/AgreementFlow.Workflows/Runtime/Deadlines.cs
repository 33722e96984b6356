using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;

namespace AgreementFlow.Workflows.Runtime;

/// <summary>Turns a due duration into an instant, in the assignee organisation's zone, calendar and hours.</summary>
public static class Deadlines
{
    /// <summary>
    /// N working days: the end of the N-th working day after today, local to the organisation (the day the
    /// task arrives does not count). An exact duration: that long from now.
    /// </summary>
    public static DateTime DueAt(DueDuration due, DateTime nowUtc, OrganizationTime time, IWorkflowSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(time);
        if (due.Exact is { } exact && due.WorkingDays is null && due.Setting is null)
        {
            return nowUtc + exact;
        }

        var days = (due.Setting is not null ? settings?.GetInt(due.Setting) : null) ?? due.WorkingDays ?? 0;
        var localNow = time.Zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)));
        var dueDate = time.Calendar.AddWorkingDays(DateOnly.FromDateTime(localNow), days);
        return EndOfWorkingDayUtc(dueDate, time);
    }

    /// <summary>The instant the working day of <paramref name="date"/> ends in the organisation's zone.</summary>
    public static DateTime EndOfWorkingDayUtc(DateOnly date, OrganizationTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var local = date.ToDateTime(time.Hours.EndOn(date, time.Calendar));
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), time.Zone.Info);
    }

    /// <summary>The instant the working day of <paramref name="date"/> starts in the organisation's zone.</summary>
    public static DateTime StartOfWorkingDayUtc(DateOnly date, OrganizationTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var local = date.ToDateTime(time.Hours.Start);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), time.Zone.Info);
    }

    /// <summary>An instant <paramref name="before"/> earlier than <paramref name="dueUtc"/>, working days counted back in the calendar.</summary>
    public static DateTime Before(DateTime dueUtc, DueDuration before, OrganizationTime time)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(time);
        if (before.WorkingDays is not { } days)
        {
            return dueUtc - (before.Exact ?? TimeSpan.Zero);
        }

        var localDue = DateOnly.FromDateTime(time.Zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc))));
        return StartOfWorkingDayUtc(time.Calendar.SubtractWorkingDays(localDue, days), time);
    }

    /// <summary>An instant <paramref name="after"/> later than <paramref name="fromUtc"/>, working days counted in the calendar.</summary>
    public static DateTime After(DateTime fromUtc, DueDuration after, OrganizationTime time)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(time);
        if (after.WorkingDays is not { } days)
        {
            return fromUtc + (after.Exact ?? TimeSpan.Zero);
        }

        var local = DateOnly.FromDateTime(time.Zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc))));
        return StartOfWorkingDayUtc(time.Calendar.AddWorkingDays(local, days), time);
    }
}
