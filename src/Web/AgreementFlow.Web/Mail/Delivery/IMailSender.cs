namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>One dispatch worker's way of sending: kept for the worker's next message, disposed at the end of a run.</summary>
public interface IMailSender : IAsyncDisposable
{
    /// <summary>Returns once the message is accepted (written to the pickup folder, or the server's 250 after DATA).</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
