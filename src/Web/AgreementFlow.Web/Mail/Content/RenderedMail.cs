namespace AgreementFlow.Web.Mail.Content;

/// <summary>A message's words: subject, plain text and HTML, and the calendar entry when there is a deadline.</summary>
public sealed record RenderedMail(string Subject, string Text, string Html, string? Calendar, bool IsDigest);
