namespace AgreementFlow.Workflows.Calendars;

/// <summary>How a date deviates from the ordinary Monday–Friday week of the production calendar.</summary>
public enum CalendarDayKind
{
    /// <summary>A day off: a public holiday or a weekday moved to a rest day (нерабочий день).</summary>
    NonWorking,

    /// <summary>A working day one hour shorter, the eve of a holiday (сокращённый рабочий день).</summary>
    Shortened,

    /// <summary>A weekend day made a working day by a transfer (рабочая суббота).</summary>
    Working,
}
