using AgreementFlow.Data.Organizations;

namespace AgreementFlow.Data.Mail;

/// <summary>
/// When reminders may reach an organisation's people: from–to local time on its working days.
/// An organisation without a row has the default, 09:00–18:00, switched on.
/// </summary>
public sealed class SendWindow
{
    public static readonly TimeOnly DefaultFrom = new(9, 0);

    public static readonly TimeOnly DefaultTo = new(18, 0);

    public Guid OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public TimeOnly From { get; set; } = DefaultFrom;

    public TimeOnly To { get; set; } = DefaultTo;

    /// <summary>Off: reminders go out whenever they come due.</summary>
    public bool Enabled { get; set; } = true;
}
