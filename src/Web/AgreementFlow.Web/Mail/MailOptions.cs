namespace AgreementFlow.Web.Mail;

/// <summary>How e-mail is sent (section <c>Mail</c>); validated at start-up.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary><see cref="MailMode.Pickup"/> (default) or <see cref="MailMode.Smtp"/>.</summary>
    public MailMode Mode { get; set; } = MailMode.Pickup;

    /// <summary>The folder of <c>.eml</c> files in pickup mode. Default: <c>mail</c> beside the app.</summary>
    public string PickupFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "mail");

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>The sender, e.g. <c>AgreementFlow &lt;noreply@school.example&gt;</c>. Default <c>noreply@agreementflow.local</c>.</summary>
    public string From { get; set; } = "AgreementFlow <noreply@agreementflow.local>";

    /// <summary>The address people open the app at, for links in e-mails (from <c>App:PublicUrl</c>). Default http://localhost:5080.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>Seconds between runs of the dispatcher. Default 5.</summary>
    public int DispatchIntervalSeconds { get; set; } = 5;

    /// <summary>Messages claimed per batch. Default 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>SMTP connections used at once by one dispatcher run. Default 8.</summary>
    public int Parallelism { get; set; } = 8;

    /// <summary>Attempts before a message that keeps failing transiently is given up. Default 10.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The first retry's delay; each next one doubles, up to <see cref="RetryCap"/>. Default 1 minute.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest delay between retries. Default 1 hour.</summary>
    public TimeSpan RetryCap { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How far reminders are spread after a window opens. Default 10 minutes.</summary>
    public TimeSpan Spread { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a node's claim on a message lasts. Default 2 minutes.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Seconds connecting, one SMTP command or one message's data may take before it counts as a transient failure. Default 30.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
