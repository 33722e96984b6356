using System.Net.Mail;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>Writes each message as an <c>.eml</c> file into the pickup folder (<see cref="MailMode.Pickup"/>).</summary>
internal sealed class PickupSender(string folder) : IMailSender
{
    private readonly SmtpClient _client = new() { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };

    public Task SendAsync(MailMessage message, CancellationToken cancellationToken) => _client.SendMailAsync(message, cancellationToken);

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
