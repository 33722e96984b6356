using AgreementFlow.Data.Mail;

namespace AgreementFlow.Web.Mail.Content;

/// <summary>
/// Who a message goes to: their address, language, preferences and the organisation whose time and window apply.
/// <paramref name="CanSignIn"/> is false for a partner's contact who opens agreements only through links.
/// </summary>
public sealed record MailRecipient(Guid PersonId, string FullName, string Email, string Language, Guid? OrganizationId, MailPreference Preference, bool CanSignIn = true);
