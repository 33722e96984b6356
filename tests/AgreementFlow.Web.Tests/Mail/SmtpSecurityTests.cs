using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Web.Mail;
using AgreementFlow.Web.Mail.Content;
using AgreementFlow.Web.Mail.Delivery;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>
/// Our SMTP client as a school's real server is reached (port 587): STARTTLS with the server's own certificate, then
/// AUTH PLAIN or LOGIN — against a real aiosmtpd that records what it saw: whether the session was encrypted, which AUTH
/// it received and when.
/// </summary>
public sealed class SmtpSecurityTests(SecureSmtpServersFixture fixture) : IClassFixture<SecureSmtpServersFixture>
{
    private const string From = "AgreementFlow <noreply@agreementflow.test>";
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];

    [Theory]
    [InlineData("authority")]
    [InlineData("certificate")]
    public async Task StartTlsAndAuthPlain_FiveMessagesOverOneConnection_ArriveIntact_OverAnEncryptedAuthenticatedSession(string trusted)
    {
        var server = fixture.PlainAndLogin;
        server.ClearEvents();
        var file = trusted == "authority" ? server.Certificates!.AuthorityFile : server.Certificates!.CertificateFile;

        var ids = await SendAsync(Settings(server, file), 5);

        await ShouldHaveArrivedAsync(server, ids);
        var events = await server.EventsAsync();
        events.Should().ContainInOrder("STARTTLS", "AUTH PLAIN tls=yes", $"LOGIN-OK {SecureSmtpServersFixture.User}");
        events.Count(e => e.StartsWith("AUTH ", StringComparison.Ordinal)).Should().Be(1, "one login for the five messages");
        events.Should().NotContain(e => e.EndsWith("tls=no", StringComparison.Ordinal), "the password never travels unencrypted");
    }

    [Fact]
    public async Task AServerOfferingOnlyAuthLogin_GetsLogin_AndTheMessagesArriveIntact()
    {
        var server = fixture.LoginOnly;
        server.ClearEvents();

        var ids = await SendAsync(Settings(server, server.Certificates!.AuthorityFile), 3);

        await ShouldHaveArrivedAsync(server, ids);
        var events = await server.EventsAsync();
        events.Should().ContainInOrder("STARTTLS", "AUTH LOGIN tls=yes", $"LOGIN-OK {SecureSmtpServersFixture.User}");
        events.Should().NotContain(e => e.StartsWith("AUTH PLAIN", StringComparison.Ordinal), "the server does not offer PLAIN");
    }

    [Fact]
    public async Task AWrongPassword_IsASettingsFailure_NotTheMessages_AndNothingIsDelivered()
    {
        var server = fixture.PlainAndLogin;
        server.ClearEvents();
        var settings = Settings(server, server.Certificates!.AuthorityFile);
        settings.Password = "not-the-password";

        var error = await SendFailsAsync(settings);

        DeliveryFailure.IsConfiguration(error).Should().BeTrue("a wrong password is the administrator's to fix, the messages wait");
        DeliveryFailure.IsPermanent(error).Should().BeFalse("the 535 says nothing about the message: it must not be given up");
        DeliveryFailure.Describe(error).Should().StartWith("Mail:Smtp settings:").And.Contain("535 5.7.8 Authentication credentials invalid").And.Contain(SecureSmtpServersFixture.User);
        (await server.EventsAsync()).Should().ContainInOrder("AUTH PLAIN tls=yes", $"LOGIN-FAILED {SecureSmtpServersFixture.User}");
        (await ReceivedAsync(server)).Should().BeEmpty("nothing goes without a login");
    }

    [Fact]
    public async Task AServerWhoseCertificateIsNotTrusted_IsLeftBeforeAnyCredentialsAreSent_AndTheFailureSaysSo()
    {
        var server = fixture.PlainAndLogin;
        server.ClearEvents();

        var error = await SendFailsAsync(Settings(server, trustedFile: null));

        DeliveryFailure.IsConfiguration(error).Should().BeTrue();
        DeliveryFailure.Describe(error).Should().Contain("certificate of the SMTP server 127.0.0.1 is not trusted")
            .And.Contain("not trusted by the system's store").And.Contain("Mail:Smtp:TrustedCertificateFile", "the administrator learns which setting fixes it");
        var events = await server.EventsAsync();
        events.Should().Contain("STARTTLS");
        events.Should().NotContain(e => e.StartsWith("AUTH", StringComparison.Ordinal) || e.StartsWith("LOGIN", StringComparison.Ordinal), "the password never reached a server we do not trust");
        (await ReceivedAsync(server)).Should().BeEmpty();
    }

    [Fact]
    public async Task ATrustedFileOfAnotherAuthority_DoesNotMakeTheServerTrusted()
    {
        var server = fixture.PlainAndLogin;
        server.ClearEvents();
        var other = TestCertificates.Create(Path.Combine(Path.GetTempPath(), "agreementflow-other-ca-" + _suffix));
        try
        {
            var error = await SendFailsAsync(Settings(server, other.AuthorityFile));

            DeliveryFailure.Describe(error).Should().Contain("is not trusted").And.Contain(other.AuthorityFile, "it names the file that did not help");
            (await server.EventsAsync()).Should().NotContain(e => e.StartsWith("AUTH", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(other.Folder, recursive: true);
        }
    }

    [Fact]
    public async Task StartTlsRequired_ButTheServerOffersNone_FailsClearly_AndTheCredentialsAreNeverSent()
    {
        var server = fixture.WithoutStartTls;
        server.ClearEvents();

        var error = await SendFailsAsync(Settings(server, trustedFile: null));

        DeliveryFailure.IsConfiguration(error).Should().BeTrue();
        DeliveryFailure.Describe(error).Should().Contain("does not offer STARTTLS, which Mail:Smtp:StartTls requires");
        (await server.EventsAsync()).Should().NotContain(e => e.StartsWith("AUTH", StringComparison.Ordinal), "the server offered AUTH in the clear, and got nothing");
        (await ReceivedAsync(server)).Should().BeEmpty();

        var plain = await SendFailsAsync(Settings(fixture.Plain, trustedFile: null));
        DeliveryFailure.Describe(plain).Should().Contain("does not offer STARTTLS", "the plain test server is refused the same way");
    }

    [Fact]
    public async Task ALoginWithoutStartTls_ToAServerOfferingAuthOnlyAfterIt_IsNotSentInTheClear()
    {
        var server = fixture.PlainAndLogin;
        server.ClearEvents();
        var settings = Settings(server, trustedFile: null);
        settings.StartTls = false;

        var error = await SendFailsAsync(settings);

        DeliveryFailure.IsConfiguration(error).Should().BeTrue();
        DeliveryFailure.Describe(error).Should().Contain("does not offer AUTH").And.Contain("Mail:Smtp:StartTls");
        (await server.EventsAsync()).Should().BeEmpty("no STARTTLS, no AUTH: the password stayed with us");
    }

    [Fact]
    public async Task NoLoginSet_ForAServerThatRequiresOne_IsASettingsFailure_NotAMessageRefusedForGood()
    {
        var server = fixture.PlainAndLogin;
        var settings = Settings(server, server.Certificates!.AuthorityFile);
        settings.User = null;
        settings.Password = null;

        var error = await SendFailsAsync(settings);

        ((int)((SmtpConfigurationException)error).StatusCode).Should().Be(530);
        DeliveryFailure.IsPermanent(error).Should().BeFalse("the 530 to MAIL FROM is about the missing login, not the message");
        DeliveryFailure.Describe(error).Should().Contain("5.7.0 Authentication required").And.Contain("Mail:Smtp:User");
        (await ReceivedAsync(server)).Should().BeEmpty();
    }

    private static SmtpSettings Settings(SmtpServer server, string? trustedFile) => new()
    {
        Host = "127.0.0.1",
        Port = server.Port,
        StartTls = true,
        User = SecureSmtpServersFixture.User,
        Password = SecureSmtpServersFixture.Password,
        TrustedCertificateFile = trustedFile,
    };

    private static MailTransport Transport(SmtpSettings settings) =>
        new(Options.Create(new MailOptions { Mode = MailMode.Smtp, Smtp = settings, TimeoutSeconds = 10, From = From }), TimeProvider.System);

    private async Task<List<Guid>> SendAsync(SmtpSettings settings, int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        await using var sender = Transport(settings).CreateSender();
        for (var i = 0; i < count; i++)
        {
            await sender.SendAsync(Message(ids[i], $"person{i}", i), CancellationToken.None);
        }

        return ids;
    }

    private async Task<Exception> SendFailsAsync(SmtpSettings settings)
    {
        await using var sender = Transport(settings).CreateSender();
        return (await FluentActions.Awaiting(() => sender.SendAsync(Message(Guid.NewGuid(), "person", 1), CancellationToken.None))
            .Should().ThrowAsync<SmtpConfigurationException>()).Which;
    }

    private async Task ShouldHaveArrivedAsync(SmtpServer server, List<Guid> ids)
    {
        var received = await ReceivedAsync(server);
        received.Select(m => m.MessageId).Should().BeEquivalentTo(ids.Select(MailMessageFactory.MessageIdOf), "every message arrives once");
        received.Select(m => Header(m, "X-Peer")).Distinct().Should().ContainSingle("all went over one connection");
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var mail = received.Single(m => m.MessageId == MailMessageFactory.MessageIdOf(id));
            mail.Subject.Should().Be($"Новая задача: согласовать «Договор №{i}» — Школа № 7", "the Cyrillic subject decodes to exactly what was sent");
            mail.Attachments.Should().ContainSingle().Which.Content.Should().Be(Calendar(i), "the calendar entry arrives byte for byte");
            (mail.Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be(Text(i));
            Header(mail, "X-TLS").Should().StartWith("TLSv1.", "the server received it over TLS");
            Header(mail, "X-Authenticated-As").Should().Be(SecureSmtpServersFixture.User, "from a logged-in client");
        }
    }

    private static string Header(ReceivedMail mail, string name) =>
        mail.RawHeaders.Split('\n').Single(line => line.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..].Trim();

    private static string Text(int i) => $"Здравствуйте!\nДоговор №{i} ждёт вас.\n.строка с точкой\nhttps://af.example.org/tasks/{i}\n";

    private static string Calendar(int i) => $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:{i}@agreementflow\r\nSUMMARY:Договор №{i}\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";

    private OutgoingMail Message(Guid id, string localPart, int i) => new(
        id, From, $"{localPart}@{_suffix}.test", "Иван Петров",
        new RenderedMail($"Новая задача: согласовать «Договор №{i}» — Школа № 7", Text(i), $"<p>Договор №{i}</p>", Calendar(i), IsDigest: false),
        "https://af.example.org/account/notifications");

    private async Task<List<ReceivedMail>> ReceivedAsync(SmtpServer server) =>
        [.. (await server.MessagesAsync()).Where(m => m.To.Contains(_suffix, StringComparison.Ordinal))];
}
