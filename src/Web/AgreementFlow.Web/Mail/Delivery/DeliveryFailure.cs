using System.Net.Mail;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>Whether a failed send is worth retrying, and what to tell an administrator.</summary>
public static class DeliveryFailure
{
    /// <summary>
    /// A 5xx answer (mailbox unavailable, transaction failed, syntax error…) or an address that cannot be written is
    /// permanent: sending again would get the same answer. Everything else — no connection, a 4xx, a timeout — is transient.
    /// </summary>
    public static bool IsPermanent(Exception exception) => exception switch
    {
        SmtpConfigurationException => false,
        SmtpFailedRecipientsException many => many.InnerExceptions.Length > 0 && many.InnerExceptions.All(e => Is5xx(e.StatusCode)),
        SmtpException smtp => Is5xx(smtp.StatusCode),
        FormatException => true,
        _ => false,
    };

    /// <summary>
    /// The <c>Mail:Smtp</c> settings do not fit the server (the login refused, STARTTLS or a trusted certificate missing):
    /// no message is at fault and none can go until an administrator changes them, so the messages wait, no attempt
    /// spent, and sending pauses (<see cref="MailTransport.Suspension"/>) rather than log in wrongly again every few seconds.
    /// </summary>
    public static bool IsConfiguration(Exception exception) => exception is SmtpConfigurationException;

    /// <summary>"550 MailboxUnavailable: …", "Mail:Smtp settings: …" or the exception's message with its cause.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = exception switch
        {
            SmtpConfigurationException configuration => "Mail:Smtp settings: " + configuration.Message,
            SmtpFailedRecipientsException many when many.InnerExceptions.Length > 0 =>
                string.Join("; ", many.InnerExceptions.Select(e => $"{(int)e.StatusCode} {e.StatusCode}: {e.FailedRecipient} {e.Message}")),
            SmtpException smtp when (int)smtp.StatusCode > 0 => $"{(int)smtp.StatusCode} {smtp.StatusCode}: {smtp.Message}",
            _ => exception.Message,
        };
        if (exception.InnerException is { } inner)
        {
            text += " — " + inner.Message;
        }

        return text.Length > 2000 ? text[..2000] : text;
    }

    private static bool Is5xx(SmtpStatusCode code) => (int)code is >= 500 and < 600;
}
