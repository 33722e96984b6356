using AgreementFlow.Workflows.Runtime.Outbox;

namespace AgreementFlow.Web.Mail;

/// <summary>One outbox message as an administrator sees it.</summary>
public sealed record OutboxRow(
    Guid Id,
    string Kind,
    string? RecipientName,
    string? RecipientAddress,
    string? Subject,
    OutboxStatus Status,
    int Attempts,
    DateTime CreatedAtUtc,
    DateTime AvailableAtUtc,
    DateTime? SentAtUtc,
    string? LastError,
    string? LastResponse,
    Guid? InstanceId);
