using AgreementFlow.Web.Mail.Content;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>One e-mail of an outbox row as it leaves: the row (for its Message-ID), sender, recipient and words.</summary>
public sealed record OutgoingMail(Guid OutboxId, string From, string ToAddress, string ToName, RenderedMail Mail, string PreferencesUrl);
