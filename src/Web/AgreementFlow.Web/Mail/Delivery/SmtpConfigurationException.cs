using System.Net.Mail;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>
/// The SMTP server cannot be used with the <c>Mail:Smtp</c> settings as they are — the login refused, STARTTLS
/// required but not offered, the server's certificate not trusted, a login required but none set — so no message can go
/// until an administrator changes something. Not a failure of any one message: the messages wait (see
/// <see cref="DeliveryFailure.IsConfiguration"/>). <see cref="SmtpException.StatusCode"/> is the server's code when
/// it answered one.
/// </summary>
public sealed class SmtpConfigurationException : SmtpException
{
    public SmtpConfigurationException()
    {
    }

    public SmtpConfigurationException(string message)
        : base(message)
    {
    }

    public SmtpConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SmtpConfigurationException(SmtpStatusCode statusCode, string message)
        : base(statusCode, message)
    {
    }
}
