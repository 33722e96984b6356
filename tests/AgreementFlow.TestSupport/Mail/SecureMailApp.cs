using AgreementFlow.Data.Persistence;

namespace AgreementFlow.TestSupport.Mail;

/// <summary>
/// The mail app sending as a school's real server is reached: port 587 style, STARTTLS with the server's own
/// certificate authority named in <c>Mail:Smtp:TrustedCertificateFile</c>, and a login (<see cref="User"/>,
/// <see cref="Password"/>). The server starts accepting that password; a test may change it (<see cref="SmtpServer.SetPassword"/>).
/// </summary>
public abstract class SecureMailApp(DatabaseProvider provider) : MailApp(provider, new SmtpServer(new SecureSmtpOptions(User, Password)))
{
    public const string User = "robot@school.test";

    public const string Password = "Пароль-школы-7";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(base.ExtraSettings)
    {
        ["Mail:Smtp:StartTls"] = "true",
        ["Mail:Smtp:User"] = User,
        ["Mail:Smtp:Password"] = Password,
        ["Mail:Smtp:TrustedCertificateFile"] = Smtp.Certificates!.AuthorityFile,
    };
}

/// <summary>The secured mail app on SQLite.</summary>
public sealed class SqliteSecureMailApp() : SecureMailApp(DatabaseProvider.Sqlite);

/// <summary>The secured mail app on PostgreSQL.</summary>
public sealed class PostgresSecureMailApp() : SecureMailApp(DatabaseProvider.Postgres);
