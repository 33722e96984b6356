namespace AgreementFlow.TestSupport.Mail;

/// <summary>An attachment of a received message.</summary>
public sealed record ReceivedAttachment(string? FileName, string ContentType, string Content);
