using AgreementFlow.Workflows.Calendars;

namespace AgreementFlow.Data.Calendars;

/// <summary>
/// One exception to the Monday–Friday week, stored per region: "RU" holds the federal calendar,
/// a region code holds that region's own days, which override the federal ones.
/// </summary>
public sealed class CalendarDay
{
    public const int RegionCodeMaxLength = 8;
    public const int NoteMaxLength = 200;

    public required string RegionCode { get; set; }

    public DateOnly Date { get; set; }

    public CalendarDayKind Kind { get; set; }

    public string? Note { get; set; }
}
