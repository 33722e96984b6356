using System.Net.Mail;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>Writes each message as an <c>.eml</c> file into the pickup folder (<see cref="MailMode.Pickup"/>), with System.Net.Mail.</summary>
internal sealed class PickupSender(string folder) : IMailSender
{
    private readonly SmtpClient _client = new() { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var message = MailMessageFactory.Create(mail.OutboxId, mail.From, mail.ToAddress, mail.ToName, mail.Mail, mail.PreferencesUrl);
        await _client.SendMailAsync(message, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
