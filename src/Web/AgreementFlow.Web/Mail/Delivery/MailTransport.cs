using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>Opens System.Net.Mail clients as <c>Mail:Mode</c> says: a pickup folder of <c>.eml</c> files, or an SMTP server.</summary>
public sealed class MailTransport(IOptions<MailOptions> options)
{
    /// <summary>Where messages went, for the record of each: the folder or <c>host:port</c>.</summary>
    public string Destination => options.Value.Mode == MailMode.Pickup
        ? Path.GetFullPath(options.Value.PickupFolder)
        : $"{options.Value.Smtp.Host}:{options.Value.Smtp.Port}";

    /// <summary>A client for one batch: it sends the batch's messages one after another.</summary>
    public SmtpClient CreateClient()
    {
        var settings = options.Value;
        if (settings.Mode == MailMode.Pickup)
        {
            var folder = Path.GetFullPath(settings.PickupFolder);
            Directory.CreateDirectory(folder);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        }

        var client = new SmtpClient(settings.Smtp.Host!, settings.Smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = settings.Smtp.StartTls,
            Timeout = settings.TimeoutSeconds * 1000,
        };
        if (!string.IsNullOrWhiteSpace(settings.Smtp.User))
        {
            client.Credentials = new NetworkCredential(settings.Smtp.User, settings.Smtp.Password);
        }

        return client;
    }
}
