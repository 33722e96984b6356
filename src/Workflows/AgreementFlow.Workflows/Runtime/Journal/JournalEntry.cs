namespace AgreementFlow.Workflows.Runtime.Journal;

/// <summary>
/// One append-only line of an instance's history: who (acting for whom), what, when, from and to which
/// stage, with which outcome and comment. Each entry carries the hash of the previous one, so an edited
/// or deleted row breaks the chain and verification names it.
/// </summary>
public sealed class JournalEntry
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary>1-based position in the instance's journal.</summary>
    public int Sequence { get; set; }

    public DateTime AtUtc { get; set; }

    public JournalEntryKind Kind { get; set; }

    public Guid? ActorPersonId { get; set; }

    public Guid? ActingForPersonId { get; set; }

    /// <summary>The organisation the actor acted for.</summary>
    public Guid? OrganizationId { get; set; }

    public string? FromStage { get; set; }

    public string? ToStage { get; set; }

    public string? TaskId { get; set; }

    public string? Outcome { get; set; }

    public string? Comment { get; set; }

    /// <summary>Anything else worth keeping, as JSON.</summary>
    public string? Details { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
