using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>Opens senders as <c>Mail:Mode</c> says: a pickup folder of <c>.eml</c> files, or an SMTP server over our own client.</summary>
public sealed class MailTransport(IOptions<MailOptions> options, TimeProvider clock)
{
    private readonly Lazy<ServerCertificateTrust> _trust = new(() => ServerCertificateTrust.Load(options.Value.Smtp.TrustedCertificateFile));
    private readonly Lock _lock = new();
    private int _configurationFailures;
    private TransportSuspension? _suspension;

    /// <summary>
    /// While the <c>Mail:Smtp</c> settings were last found not to fit the server (<see cref="DeliveryFailure.IsConfiguration"/>),
    /// until when sending pauses and why; null when sending goes on. Each failure in a row doubles the pause, from
    /// <see cref="MailOptions.RetryBase"/> up to <see cref="MailOptions.RetryCap"/>, so a wrong password is not tried every few
    /// seconds (mail providers lock such accounts); a message accepted ends it.
    /// </summary>
    public TransportSuspension? Suspension
    {
        get
        {
            lock (_lock)
            {
                return _suspension is { } s && s.UntilUtc > clock.GetUtcNow() ? s : null;
            }
        }
    }

    /// <summary>Pauses sending after a failure the settings cause; returns the pause.</summary>
    public TransportSuspension Suspend(string reason)
    {
        lock (_lock)
        {
            _configurationFailures++;
            var factor = Math.Pow(2, Math.Min(_configurationFailures - 1, 20));
            var delay = TimeSpan.FromTicks((long)Math.Min(options.Value.RetryBase.Ticks * factor, options.Value.RetryCap.Ticks));
            _suspension = new TransportSuspension(clock.GetUtcNow() + delay, reason);
            return _suspension;
        }
    }

    /// <summary>A message was accepted: the settings work, a next failure pauses briefly again.</summary>
    public void Succeeded()
    {
        if (Volatile.Read(ref _configurationFailures) != 0)
        {
            lock (_lock)
            {
                _configurationFailures = 0;
                _suspension = null;
            }
        }
    }

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

        return new SmtpSender(settings.Smtp, _trust.Value, TimeSpan.FromSeconds(settings.TimeoutSeconds), clock);
    }
}
