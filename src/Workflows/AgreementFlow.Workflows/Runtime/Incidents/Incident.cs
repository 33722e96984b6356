namespace AgreementFlow.Workflows.Runtime.Incidents;

/// <summary>A failure inside a running instance, kept as state: visible to an admin, retryable.</summary>
public sealed class Incident
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public required string Stage { get; set; }

    /// <summary>The action or activity that failed.</summary>
    public required string Source { get; set; }

    /// <summary>The timer row that will run again on retry, if any.</summary>
    public Guid? TimerId { get; set; }

    public required string Message { get; set; }

    public string? Details { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ResolvedAtUtc { get; set; }

    public int Retries { get; set; }
}
