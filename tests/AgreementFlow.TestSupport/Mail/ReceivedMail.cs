namespace AgreementFlow.TestSupport.Mail;

/// <summary>A message as the SMTP server stored it, decoded by Python's e-mail package.</summary>
public sealed record ReceivedMail(
    string File,
    string Subject,
    string RawHeaders,
    string MessageId,
    string To,
    string From,
    string? ListUnsubscribe,
    string? Text,
    string? Html,
    IReadOnlyList<ReceivedAttachment> Attachments);
