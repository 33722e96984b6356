using AgreementFlow.TestSupport.Mail;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>
/// Real aiosmtpd servers as a school's mail server is reached: STARTTLS then AUTH PLAIN or LOGIN; one offering LOGIN
/// only; one offering AUTH but no STARTTLS; and the plain one of the other tests.
/// </summary>
public sealed class SecureSmtpServersFixture : IAsyncLifetime
{
    public const string User = "robot@school.test";

    public const string Password = "Пароль-школы-7";

    public SmtpServer PlainAndLogin { get; } = new(new SecureSmtpOptions(User, Password));

    public SmtpServer LoginOnly { get; } = new(new SecureSmtpOptions(User, Password, OnlyLogin: true));

    public SmtpServer WithoutStartTls { get; } = new(new SecureSmtpOptions(User, Password, NoStartTls: true));

    public SmtpServer Plain { get; } = new();

    public Task InitializeAsync() =>
        Task.WhenAll(PlainAndLogin.StartAsync(), LoginOnly.StartAsync(), WithoutStartTls.StartAsync(), Plain.StartAsync());

    public async Task DisposeAsync()
    {
        await PlainAndLogin.DisposeAsync();
        await LoginOnly.DisposeAsync();
        await WithoutStartTls.DisposeAsync();
        await Plain.DisposeAsync();
    }
}
