namespace AgreementFlow.Data.Negotiation;

/// <summary>
/// An approval bound to content: a completed approval-type answer (legal's approve, a partner's accept, a director's approve)
/// with the document version and the DOCX SHA-256 it was given to. Keyed by the task assignment. When the text changes after it,
/// it is voided (<see cref="VoidedAtUtc"/>) and, while its task is still open, the person gets the task again.
/// </summary>
public sealed class ContentApproval
{
    /// <summary>The task assignment whose answer this is.</summary>
    public Guid AssignmentId { get; set; }

    public Guid AgreementId { get; set; }

    public Guid InstanceId { get; set; }

    public required string Stage { get; set; }

    public required string TaskId { get; set; }

    public required string Outcome { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The organisation the approval was given for.</summary>
    public Guid OrganizationId { get; set; }

    public int DocumentVersion { get; set; }

    /// <summary>The content hash (the archive's QR uses the same).</summary>
    public required string DocxSha256 { get; set; }

    public DateTime ApprovedAtUtc { get; set; }

    /// <summary>When a later version voided it; null while it holds.</summary>
    public DateTime? VoidedAtUtc { get; set; }

    /// <summary>The version that voided it.</summary>
    public int? VoidedByVersion { get; set; }
}
