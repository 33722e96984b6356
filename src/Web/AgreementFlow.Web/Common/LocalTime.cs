using System.Globalization;
using AgreementFlow.Workflows.Calendars;

namespace AgreementFlow.Web.Common;

/// <summary>How the pages write a moment: in an organisation's local time, with the zone or offset that makes it unambiguous.</summary>
public static class LocalTime
{
    /// <summary>"27.11.2026 18:00 (UTC+7)" in <paramref name="zoneId"/> (Moscow when unknown).</summary>
    public static string Format(DateTime atUtc, string? zoneId)
    {
        var zone = ZoneOf(zoneId);
        var utc = new DateTimeOffset(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc));
        return $"{zone.ToLocal(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)} ({Offset(zone.Info.GetUtcOffset(utc))})";
    }

    /// <summary>"27.11.2026 18:00" in <paramref name="zoneId"/> (Moscow when unknown).</summary>
    public static string Local(DateTime atUtc, string? zoneId) =>
        ZoneOf(zoneId).ToLocal(new DateTimeOffset(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc))).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The zone as a reader knows it: the IANA name and the offset at that moment, e.g. "Asia/Krasnoyarsk, UTC+7".</summary>
    public static string ZoneLabel(string? zoneId, DateTime atUtc)
    {
        var zone = ZoneOf(zoneId);
        return $"{zone.Id}, {Offset(zone.Info.GetUtcOffset(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc)))}";
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

    private static IanaTimeZone ZoneOf(string? zoneId) => IanaTimeZone.TryParse(zoneId, out var zone) ? zone.Value : IanaTimeZone.Moscow;
}
