namespace AgreementFlow.Data.PartnerAccess;

/// <summary>
/// One e-mailed link for a partner's contact: scoped to one agreement, one person and the actions their work allows,
/// expiring and revocable. Only the SHA-256 of the token is kept; the token itself is derived from this row and the server's key.
/// </summary>
public sealed class PartnerLink
{
    public const int TokenHashLength = 64;
    public const int ActionsMaxLength = 100;
    public const int RevokedReasonMaxLength = 32;

    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    public Guid ContactId { get; set; }

    /// <summary>The person the link signs in (the contact's person when it was sent).</summary>
    public Guid PersonId { get; set; }

    public Guid OrganizationId { get; set; }

    /// <summary>The allowed actions, comma-separated names (<c>View,Comment,Propose,Answer</c>).</summary>
    public required string Actions { get; set; }

    /// <summary>The task the link was sent for (the contact's open part), or null when they had none.</summary>
    public Guid? AssignmentId { get; set; }

    /// <summary>SHA-256 of the token, lower-case hex.</summary>
    public required string TokenHash { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public Guid CreatedByPersonId { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>The link's e-mail: an outbox row written with this one.</summary>
    public Guid? OutboxMessageId { get; set; }

    public DateTime? FirstOpenedAtUtc { get; set; }

    public DateTime? LastOpenedAtUtc { get; set; }

    public int OpenCount { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public Guid? RevokedByPersonId { get; set; }

    /// <summary>Why: <c>revoked</c> by hand, <c>resent</c> (a newer link replaced it), <c>contact-changed</c>.</summary>
    public string? RevokedReason { get; set; }
}
