using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>Opens senders as <c>Mail:Mode</c> says: a pickup folder of <c>.eml</c> files, or an SMTP server over our own client.</summary>
public sealed class MailTransport(IOptions<MailOptions> options, TimeProvider clock)
{
    /// <summary>Where messages went, for the record of each: the folder or <c>host:port</c>.</summary>
    public string Destination => options.Value.Mode == MailMode.Pickup
        ? Path.GetFullPath(options.Value.PickupFolder)
        : $"{options.Value.Smtp.Host}:{options.Value.Smtp.Port}";

    /// <summary>
    /// A sender for one dispatch worker: it sends the worker's messages one after another, in SMTP mode over one
    /// connection it opens on the first message and keeps until it fails or the sender is disposed.
    /// </summary>
    public IMailSender CreateSender()
    {
        var settings = options.Value;
        if (settings.Mode == MailMode.Pickup)
        {
            var folder = Path.GetFullPath(settings.PickupFolder);
            Directory.CreateDirectory(folder);
            return new PickupSender(folder);
        }

        return new SmtpSender(settings.Smtp, TimeSpan.FromSeconds(settings.TimeoutSeconds), clock);
    }
}
