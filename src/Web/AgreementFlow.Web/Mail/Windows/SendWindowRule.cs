using System.Buffers.Binary;
using AgreementFlow.Data.Mail;
using AgreementFlow.Workflows.Runtime.Extensions;

namespace AgreementFlow.Web.Mail.Windows;

/// <summary>
/// An organisation's send window: from–to local time on the working days of its production calendar
/// (a shortened pre-holiday day closes an hour earlier). Reminders that come due outside wait for the next opening.
/// </summary>
public sealed record SendWindowRule(TimeOnly From, TimeOnly To, bool Enabled)
{
    /// <summary>09:00–18:00, switched on.</summary>
    public static SendWindowRule Default { get; } = new(SendWindow.DefaultFrom, SendWindow.DefaultTo, true);

    public static SendWindowRule Of(SendWindow? window) => window is null ? Default : new(window.From, window.To, window.Enabled);

    /// <summary>
    /// The opening of the window that <paramref name="utc"/> is in, or null when it is outside every window
    /// (a switched-off window is always open: the result is <paramref name="utc"/> itself).
    /// </summary>
    public DateTime? CurrentOpeningUtc(DateTime utc, OrganizationTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (!Enabled)
        {
            return utc;
        }

        var local = time.Zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
        var date = DateOnly.FromDateTime(local);
        var clock = TimeOnly.FromDateTime(local);
        return time.Calendar.IsWorkingDay(date) && clock >= From && clock < CloseOn(date, time)
            ? ToUtc(date, From, time)
            : null;
    }

    /// <summary>When a message due at <paramref name="utc"/> may go: at once inside the window, else at the next opening.</summary>
    public DateTime NextOpeningUtc(DateTime utc, OrganizationTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (CurrentOpeningUtc(utc, time) is not null)
        {
            return utc;
        }

        var local = time.Zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
        var date = DateOnly.FromDateTime(local);
        if (!time.Calendar.IsWorkingDay(date) || TimeOnly.FromDateTime(local) >= From)
        {
            date = time.Calendar.NextWorkingDay(date);
        }

        return ToUtc(date, From, time);
    }

    /// <summary>A fixed spread of 0 to <paramref name="spread"/> for a message: many due at one opening go over minutes, not at once.</summary>
    public static TimeSpan StaggerOf(Guid messageId, TimeSpan spread)
    {
        var seconds = (long)spread.TotalSeconds;
        if (seconds <= 0)
        {
            return TimeSpan.Zero;
        }

        Span<byte> bytes = stackalloc byte[16];
        messageId.TryWriteBytes(bytes);
        var hash = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        return TimeSpan.FromSeconds((long)(hash % (ulong)seconds));
    }

    private TimeOnly CloseOn(DateOnly date, OrganizationTime time) =>
        time.Calendar.IsShortenedDay(date) && To > From.AddHours(1) ? To.AddHours(-1) : To;

    private static DateTime ToUtc(DateOnly date, TimeOnly at, OrganizationTime time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(at, DateTimeKind.Unspecified), time.Zone.Info);
}
