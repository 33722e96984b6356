using System.Diagnostics.CodeAnalysis;

namespace AgreementFlow.Workflows.Calendars;

/// <summary>A validated IANA time zone id such as <c>Asia/Krasnoyarsk</c>: every organisation has one.</summary>
/// <remarks>
/// Russia spans eleven zones; a deadline "by 5 working days" ends at the end of the working day in the
/// organisation's own zone, so zones are checked when entered, not when a deadline is first computed.
/// Windows ids and fixed offsets are refused: they do not follow the law's changes.
/// </remarks>
public readonly record struct IanaTimeZone
{
    private IanaTimeZone(string id, TimeZoneInfo info)
    {
        Id = id;
        Info = info;
    }

    /// <summary>Moscow time, the default for a new organisation.</summary>
    public static IanaTimeZone Moscow { get; } = Parse("Europe/Moscow");

    /// <summary>The IANA id.</summary>
    public string Id { get; }

    /// <summary>The zone's rules as the runtime knows them.</summary>
    public TimeZoneInfo Info { get; }

    /// <summary>Parses an IANA id; returns false for an unknown id or a non-IANA form.</summary>
    public static bool TryParse(string? id, [NotNullWhen(true)] out IanaTimeZone? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || !id.Contains('/', StringComparison.Ordinal) && id != "UTC")
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var info) || !info.HasIanaId)
        {
            return false;
        }

        zone = new IanaTimeZone(id, info);
        return true;
    }

    /// <summary>Parses an IANA id or throws <see cref="ArgumentException"/> naming it.</summary>
    public static IanaTimeZone Parse(string id) =>
        TryParse(id, out var zone) ? zone.Value : throw new ArgumentException($"'{id}' is not an IANA time zone id.", nameof(id));

    /// <summary>The local wall-clock time in this zone at the instant <paramref name="utc"/>.</summary>
    public DateTime ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Info).DateTime;

    /// <inheritdoc />
    public override string ToString() => Id;
}
