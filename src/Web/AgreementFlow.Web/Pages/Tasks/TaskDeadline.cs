using System.Globalization;
using AgreementFlow.Workflows.Calendars;

namespace AgreementFlow.Web.Pages.Tasks;

/// <summary>How the work pages write a deadline: in the organisation's local time, with the zone named.</summary>
public static class TaskDeadline
{
    /// <summary>"27.11.2026 18:00" in <paramref name="zoneId"/>.</summary>
    public static string Local(DateTime atUtc, string? zoneId) =>
        ZoneOf(zoneId).ToLocal(new DateTimeOffset(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc))).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The zone as a reader knows it: the IANA name and the UTC offset at that moment, e.g. "Asia/Krasnoyarsk, UTC+7".</summary>
    public static string ZoneLabel(string? zoneId, DateTime atUtc)
    {
        var zone = ZoneOf(zoneId);
        var offset = zone.Info.GetUtcOffset(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc));
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        var abs = offset.Duration();
        var text = abs.Minutes == 0
            ? abs.Hours.ToString(CultureInfo.InvariantCulture)
            : abs.ToString(@"h\:mm", CultureInfo.InvariantCulture);
        return $"{zone.Id}, UTC{sign}{text}";
    }

    private static IanaTimeZone ZoneOf(string? zoneId) => IanaTimeZone.TryParse(zoneId, out var zone) ? zone.Value : IanaTimeZone.Moscow;
}
