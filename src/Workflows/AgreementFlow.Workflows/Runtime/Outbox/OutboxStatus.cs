namespace AgreementFlow.Workflows.Runtime.Outbox;

/// <summary>Where an outbox message stands.</summary>
public enum OutboxStatus
{
    Pending,
    Sent,

    /// <summary>Given up: a permanent failure, with the reason in <see cref="OutboxMessage.LastError"/>.</summary>
    Failed,

    /// <summary>Not sent, on purpose: folded into a digest, the task already answered, or already reminded in this window.</summary>
    Skipped,
}
