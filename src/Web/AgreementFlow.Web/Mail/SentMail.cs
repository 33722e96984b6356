namespace AgreementFlow.Web.Mail;

/// <summary>An e-mail sent about an agreement, for its timeline: to whom, when, what.</summary>
public sealed record SentMail(DateTime SentAtUtc, string RecipientName, string? RecipientAddress, string Subject, string Kind, string? TimeZoneId);
