namespace AgreementFlow.Data.CreditTransfers;

/// <summary>
/// An application to credit results achieved in another organisation (зачёт, 273-FZ art. 34): one student,
/// or a whole cohort of a network programme under one order.
/// </summary>
public sealed class CreditTransfer
{
    public Guid Id { get; set; }

    /// <summary>The organisation that received the application and decides (its clerk records it).</summary>
    public Guid ApplicantOrganizationId { get; set; }

    public ApplicantKind ApplicantKind { get; set; }

    /// <summary>The student, or the parent (законный представитель) of a minor.</summary>
    public required string ApplicantName { get; set; }

    /// <summary>Where the results were achieved: a known organisation, or a name.</summary>
    public Guid? SourceOrganizationId { get; set; }

    public required string SourceOrganizationName { get; set; }

    public required string SourceProgramName { get; set; }

    /// <summary>The curriculum unit of the applicant organisation the results are credited to.</summary>
    public required string TargetUnit { get; set; }

    /// <summary>The hours the target unit requires.</summary>
    public int RequiredHours { get; set; }

    /// <summary>The network agreement the cohort comes from, if any.</summary>
    public Guid? AgreementId { get; set; }

    public required string Stage { get; set; }

    public DateTime? NearestDueAtUtc { get; set; }

    public Guid WorkflowInstanceId { get; set; }

    public Guid CreatedByPersonId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public List<CreditTransferStudent> Students { get; } = [];

    public List<CreditTransferDocument> Documents { get; } = [];
}
