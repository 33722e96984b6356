namespace AgreementFlow.Workflows.Calendars;

/// <summary>An organisation's working day, e.g. 09:00–18:00; a shortened day ends an hour earlier.</summary>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>09:00–18:00, the default.</summary>
    public static WorkingHours Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(18, 0));

    /// <summary>When the working day of <paramref name="date"/> ends under <paramref name="calendar"/>.</summary>
    public TimeOnly EndOn(DateOnly date, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.IsShortenedDay(date) ? End.AddHours(-1) : End;
    }
}
