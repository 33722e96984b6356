namespace AgreementFlow.Data.Agreements;

/// <summary>One draft sent to many partners at once: the coordinator's «Создать договоры с несколькими школами».</summary>
public sealed class AgreementBatch
{
    public Guid Id { get; set; }

    public Guid BaseOrganizationId { get; set; }

    public Guid CreatedByPersonId { get; set; }

    /// <summary>The shared draft (programmes, term, data) as JSON.</summary>
    public string Request { get; set; } = "{}";

    public BatchStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? CompletedAtUtc { get; set; }

    public List<AgreementBatchItem> Items { get; } = [];
}
