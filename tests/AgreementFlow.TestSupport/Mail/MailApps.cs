using AgreementFlow.Data.Persistence;

namespace AgreementFlow.TestSupport.Mail;

/// <summary>The app sending its e-mail to a real SMTP server of its own (aiosmtpd), started before the app.</summary>
public abstract class MailApp(DatabaseProvider provider, SmtpServer smtp) : AgreementFlowApp(provider)
{
    protected MailApp(DatabaseProvider provider)
        : this(provider, new SmtpServer())
    {
    }

    public SmtpServer Smtp { get; } = smtp;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Mail:Mode"] = "Smtp",
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:From"] = "AgreementFlow <noreply@agreementflow.test>",
        ["Mail:TimeoutSeconds"] = "10",
        ["App:PublicUrl"] = "https://af.example.org",
    };

    public override async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The mail app on SQLite.</summary>
public sealed class SqliteMailApp() : MailApp(DatabaseProvider.Sqlite);

/// <summary>The mail app on PostgreSQL.</summary>
public sealed class PostgresMailApp() : MailApp(DatabaseProvider.Postgres);
