namespace AgreementFlow.Workflows.Runtime.Outbox;

/// <summary>
/// A message to send, written in the transaction of the step that causes it. The mail capability
/// renders and delivers it later; a crash between step and send loses nothing and sends nothing twice.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>e.g. <c>task-assigned</c>, <c>task-reminder</c>, <c>task-escalation</c>, <c>notify</c>.</summary>
    public required string Kind { get; set; }

    public Guid? InstanceId { get; set; }

    public Guid? AssignmentId { get; set; }

    public Guid? RecipientPersonId { get; set; }

    /// <summary>What the message needs to be rendered, as JSON.</summary>
    public string Payload { get; set; } = "{}";

    public OutboxStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Not before: the send window or a retry's backoff.</summary>
    public DateTime AvailableAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime? SentAtUtc { get; set; }
}
