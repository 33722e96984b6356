using AgreementFlow.Data.Organizations;

namespace AgreementFlow.Data.Mail;

/// <summary>What e-mail a person wants; a person without a row has the defaults.</summary>
public sealed class MailPreference
{
    /// <summary>The digest's default local time, 08:30.</summary>
    public static readonly TimeOnly DefaultDigestTime = new(8, 30);

    public Guid PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>Reminders one by one or in the daily digest. Default: digest (new tasks are always told at once).</summary>
    public ReminderDelivery ReminderDelivery { get; set; } = ReminderDelivery.Digest;

    /// <summary>When the digest goes out, in the local time of the person's organisation. Default 08:30.</summary>
    public TimeOnly DigestTime { get; set; } = DefaultDigestTime;

    /// <summary>No digests and no reminders; new tasks and escalations still come.</summary>
    public bool UnsubscribedNonEssential { get; set; }

    /// <summary>The local date of the last digest written, so that a day has one at most.</summary>
    public DateOnly? LastDigestDate { get; set; }
}
