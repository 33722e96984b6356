namespace AgreementFlow.Data.Agreements;

/// <summary>One partner of a batch: pending, created (with its agreement) or failed (with why).</summary>
public sealed class AgreementBatchItem
{
    public Guid Id { get; set; }

    public Guid BatchId { get; set; }

    public Guid PartnerOrganizationId { get; set; }

    public int Position { get; set; }

    /// <summary>The agreement's id, chosen up front so the caller can follow it from the start.</summary>
    public Guid AgreementId { get; set; }

    public BatchStatus Status { get; set; }

    public string? Error { get; set; }
}
