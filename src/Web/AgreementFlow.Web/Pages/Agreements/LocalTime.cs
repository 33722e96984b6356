using System.Globalization;
using AgreementFlow.Workflows.Calendars;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>How the agreement pages write a moment: in an organisation's local time, with the offset that makes it unambiguous.</summary>
public static class LocalTime
{
    /// <summary>"27.11.2026 18:00 (UTC+7)" in <paramref name="zoneId"/> (Moscow when unknown).</summary>
    public static string Format(DateTime atUtc, string? zoneId)
    {
        var zone = IanaTimeZone.TryParse(zoneId, out var parsed) ? parsed.Value : IanaTimeZone.Moscow;
        var utc = new DateTimeOffset(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc));
        return $"{zone.ToLocal(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)} ({Offset(zone.Info.GetUtcOffset(utc))})";
    }

    /// <summary>"UTC+7", "UTC+3:30".</summary>
    public static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0
            ? $"UTC{sign}{abs.Hours.ToString(CultureInfo.InvariantCulture)}"
            : $"UTC{sign}{abs.ToString(@"h\:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>"01.12.2026 – 30.06.2027".</summary>
    public static string Term(DateOnly from, DateOnly to) =>
        $"{from.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} – {to.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}";
}
