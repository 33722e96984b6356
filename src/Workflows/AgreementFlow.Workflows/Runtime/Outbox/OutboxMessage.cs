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

    /// <summary>The mail server's last answer (or why the message was skipped), for an administrator.</summary>
    public string? LastResponse { get; set; }

    /// <summary>The address the message went to, as it was when sent.</summary>
    public string? RecipientAddress { get; set; }

    /// <summary>The subject as sent, for the agreement's timeline.</summary>
    public string? Subject { get; set; }

    /// <summary>The node sending the message; with <see cref="ClaimedUntilUtc"/>, one dispatcher at a time per message.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>When a claim lapses (the node died) and another node may take the message.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }
}
