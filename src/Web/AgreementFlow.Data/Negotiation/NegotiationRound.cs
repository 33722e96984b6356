namespace AgreementFlow.Data.Negotiation;

/// <summary>
/// A round of negotiation, recorded in the step that moved the agreement: sent to the partners (legal review → negotiation) or
/// returned to the base (negotiation → legal review), with the latest document version at that moment.
/// </summary>
public sealed class NegotiationRound
{
    public const string SentToPartner = "sent-to-partner";
    public const string ReturnedToBase = "returned-to-base";

    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary><see cref="SentToPartner"/> or <see cref="ReturnedToBase"/>.</summary>
    public required string Kind { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The instance's journal length at the move: orders rounds exactly, even within one instant.</summary>
    public int JournalSequence { get; set; }

    /// <summary>The latest document version when the move happened (a return renders the next one right after it).</summary>
    public int? VersionBefore { get; set; }

    public Guid? ActorPersonId { get; set; }
}
