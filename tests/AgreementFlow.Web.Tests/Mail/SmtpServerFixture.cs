using AgreementFlow.TestSupport.Mail;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>A real aiosmtpd for tests of the SMTP client alone, without an app or a database.</summary>
public sealed class SmtpServerFixture : IAsyncLifetime
{
    public SmtpServer Server { get; } = new();

    public Task InitializeAsync() => Server.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
