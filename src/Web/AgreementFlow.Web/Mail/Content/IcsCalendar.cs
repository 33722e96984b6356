using System.Globalization;
using System.Text;
using AgreementFlow.Workflows.Calendars;

namespace AgreementFlow.Web.Mail.Content;

/// <summary>
/// An RFC 5545 calendar with one VTODO for a task's deadline: the UID is stable per task, so a calendar that
/// imports a later message (with a higher SEQUENCE) replaces the entry instead of adding a second one.
/// </summary>
/// <remarks>Written here: no iCalendar library can be obtained. Lines end in CRLF and are folded at 75 octets.</remarks>
public static class IcsCalendar
{
    private static readonly int[] QuarterSteps = [3, 6, 9];

    /// <summary>The UID of the task <paramref name="assignmentId"/>'s entry.</summary>
    public static string UidOf(Guid assignmentId) => $"{assignmentId:D}@agreementflow";

    /// <summary>
    /// The calendar text. The due time is given in the organisation's zone (TZID with its VTIMEZONE) when that zone
    /// keeps one offset all year, as Russian zones do since 2014; otherwise in UTC.
    /// </summary>
    /// <remarks>The SEQUENCE grows each time the task's deadline moves, so the latest deadline wins.</remarks>
    public static string Build(Guid assignmentId, string summary, string description, string url, DateTime dueUtc, IanaTimeZone zone, DateTime stampUtc, long sequence)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//AgreementFlow//Reminders//RU",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        };
        var due = DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc);
        var fixedOffset = QuarterSteps.All(months => zone.Info.GetUtcOffset(due.AddMonths(months)) == zone.Info.GetUtcOffset(due));
        string dueLine;
        if (fixedOffset)
        {
            var offset = zone.Info.GetUtcOffset(due);
            lines.AddRange(
            [
                "BEGIN:VTIMEZONE",
                "TZID:" + zone.Id,
                "BEGIN:STANDARD",
                "DTSTART:19700101T000000",
                "TZOFFSETFROM:" + Offset(offset),
                "TZOFFSETTO:" + Offset(offset),
                "TZNAME:" + LocalTimeName(offset),
                "END:STANDARD",
                "END:VTIMEZONE",
            ]);
            dueLine = $"DUE;TZID={zone.Id}:{zone.ToLocal(new DateTimeOffset(due)).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}";
        }
        else
        {
            dueLine = "DUE:" + Utc(due);
        }

        lines.AddRange(
        [
            "BEGIN:VTODO",
            "UID:" + UidOf(assignmentId),
            "DTSTAMP:" + Utc(stampUtc),
            "SEQUENCE:" + sequence.ToString(CultureInfo.InvariantCulture),
            dueLine,
            "SUMMARY:" + Escape(summary),
            "DESCRIPTION:" + Escape(description),
            "URL:" + url,
            "STATUS:NEEDS-ACTION",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER;RELATED=END:-PT1H",
            "DESCRIPTION:" + Escape(summary),
            "END:VALARM",
            "END:VTODO",
            "END:VCALENDAR",
        ]);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, text);
        }

        return text.ToString();
    }

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);
    }

    /// <summary>Writes <paramref name="line"/> folded into lines of at most 75 octets (a continuation starts with a space), never splitting a UTF-8 character.</summary>
    private static void Fold(string line, StringBuilder text)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }

    private static string Utc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    private static string LocalTimeName(TimeSpan offset) => "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"h\:mm", CultureInfo.InvariantCulture);
}
