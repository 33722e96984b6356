namespace AgreementFlow.Workflows.Calendars;

/// <summary>One date on which the production calendar departs from the Monday–Friday week.</summary>
/// <param name="Date">The calendar date.</param>
/// <param name="Kind">What the date is instead of its usual kind.</param>
/// <param name="Note">Why, in the words of the resolution (e.g. «Новогодние каникулы»).</param>
public sealed record CalendarDeviation(DateOnly Date, CalendarDayKind Kind, string? Note = null);
