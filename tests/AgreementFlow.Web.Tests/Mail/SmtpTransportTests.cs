using System.Buffers;
using System.Net.Mail;
using System.Text;
using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Web.Mail;
using AgreementFlow.Web.Mail.Content;
using AgreementFlow.Web.Mail.Delivery;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>Our SMTP client against a real aiosmtpd: many messages over one connection, refusals, a restart of the server.</summary>
public sealed class SmtpTransportTests(SmtpServerFixture fixture) : IClassFixture<SmtpServerFixture>
{
    private const string From = "AgreementFlow <noreply@agreementflow.test>";
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];

    private SmtpServer Server => fixture.Server;

    [Fact]
    public async Task ThirtyMessagesOverOneConnection_AllArriveIntact_CyrillicSubject_DotLines_AndCalendar()
    {
        var transport = Transport();
        var ids = new List<Guid>();
        await using (var sender = transport.CreateSender())
        {
            for (var i = 0; i < 30; i++)
            {
                var id = Guid.NewGuid();
                ids.Add(id);
                var message = Message(id, $"person{i}", i);
                await sender.SendAsync(message, CancellationToken.None);
            }
        }

        var received = await ReceivedAsync();
        received.Select(m => m.MessageId).Should().BeEquivalentTo(ids.Select(MailMessageFactory.MessageIdOf), "every message arrives once");
        PeersOf(received).Should().ContainSingle("all thirty went over one connection");
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var mail = received.Single(m => m.MessageId == MailMessageFactory.MessageIdOf(id));
            mail.Subject.Should().Be($"Новая задача: согласовать «Договор №{i}» — Школа № 7", "the Cyrillic subject decodes to exactly what was sent");
            mail.RawHeaders.Should().Contain("Subject: =?utf-8?", "it travels encoded (RFC 2047)");
            mail.To.Should().StartWith("Иван").And.EndWith($"<person{i}@{_suffix}.test>", "the Cyrillic name travels encoded with the address");
            Normalised(mail.Text).Should().Be(Text(i), "lines starting with a dot survive");
            mail.Html.Should().Contain($"<p>Договор №{i}</p>");
            mail.Attachments.Should().ContainSingle().Which.Content.Should().Be(Calendar(i), "the calendar entry arrives byte for byte");
        }
    }

    [Fact]
    public async Task ARawLineThatIsOnlyADot_DoesNotEndTheMessage()
    {
        var data = new ArrayBufferWriter<byte>();
        SmtpData.Write(Encoding.ASCII.GetBytes($"From: a@agreementflow.test\nTo: dots@{_suffix}.test\nSubject: dots\nMessage-ID: <dots-{_suffix}@test>\n\n.one\n..two\n.\nend\n"), data);
        await using (var connection = await SmtpConnection.OpenAsync(Settings(), ServerCertificateTrust.System, TimeSpan.FromSeconds(10), CancellationToken.None))
        {
            await connection.SendAsync("a@agreementflow.test", $"dots@{_suffix}.test", data.WrittenMemory, CancellationToken.None);
        }

        var mail = (await ReceivedAsync()).Should().ContainSingle().Subject;
        Normalised(mail.Text).Should().Be(".one\n..two\n.\nend\n", "the server removes exactly the dot the client added");
    }

    [Fact]
    public async Task ARefusedRecipient_IsAPermanentFailureWithTheServersAnswer_ABusyOneATransientFailure_AndTheConnectionGoesOn()
    {
        await using var sender = Transport().CreateSender();
        await sender.SendAsync(Message(Guid.NewGuid(), "before", 1), CancellationToken.None);

        var refused = (await FluentActions.Awaiting(() => sender.SendAsync(Message(Guid.NewGuid(), "reject", 2), CancellationToken.None)).Should().ThrowAsync<SmtpException>()).Which;
        DeliveryFailure.IsPermanent(refused).Should().BeTrue("a 550 would be the same answer next time");
        DeliveryFailure.Describe(refused).Should().StartWith("550 ").And.Contain("5.1.1 Mailbox unavailable: no such user here");

        var busy = (await FluentActions.Awaiting(() => sender.SendAsync(Message(Guid.NewGuid(), "busy", 3), CancellationToken.None)).Should().ThrowAsync<SmtpException>()).Which;
        DeliveryFailure.IsPermanent(busy).Should().BeFalse("a 451 is worth trying again later");
        DeliveryFailure.Describe(busy).Should().StartWith("451 ").And.Contain("4.3.0 Mailbox busy, try again later");

        await sender.SendAsync(Message(Guid.NewGuid(), "after", 4), CancellationToken.None);

        var received = await ReceivedAsync();
        received.Select(m => m.To).Should().HaveCount(2).And.Contain(to => to.Contains("before@")).And.Contain(to => to.Contains("after@"));
        PeersOf(received).Should().ContainSingle("after RSET the same connection carries the next message");
    }

    [Fact]
    public async Task WhenTheServerGoesDownAndComesBack_TheSenderReconnects_AndEveryMessageArrivesOnce()
    {
        await using var sender = Transport().CreateSender();
        var ids = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        var first = Message(ids[0], "person0", 0);
        await sender.SendAsync(first, CancellationToken.None);

        await Server.StopAsync();
        try
        {
            var during = Message(ids[1], "person1", 1);
            var error = (await FluentActions.Awaiting(() => sender.SendAsync(during, CancellationToken.None)).Should().ThrowAsync<Exception>()).Which;
            DeliveryFailure.IsPermanent(error).Should().BeFalse("a server that is down is a transient failure");
        }
        finally
        {
            await Server.StartAsync();
        }

        for (var i = 1; i < ids.Count; i++)
        {
            var message = Message(ids[i], $"person{i}", i);
            await sender.SendAsync(message, CancellationToken.None);
        }

        var received = await ReceivedAsync();
        received.Select(m => m.MessageId).Should().BeEquivalentTo(ids.Select(MailMessageFactory.MessageIdOf), "each message arrives, none twice");
        PeersOf(received).Should().HaveCount(2, "one connection before the outage, one new one after");
    }

    private static string Normalised(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);

    private static IEnumerable<string> PeersOf(IEnumerable<ReceivedMail> mails) =>
        mails.Select(m => m.RawHeaders.Split('\n').Single(line => line.StartsWith("X-Peer:", StringComparison.Ordinal)).Trim()).Distinct();

    private static string Text(int i) => $"Здравствуйте!\nДоговор №{i} ждёт вас.\n.строка с точкой\n..две точки\n.\nhttps://af.example.org/tasks/{i}\n";

    private static string Calendar(int i) => $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:{i}@agreementflow\r\nSUMMARY:Договор №{i}\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";

    private SmtpSettings Settings() => new() { Host = "127.0.0.1", Port = Server.Port };

    private MailTransport Transport() => new(Options.Create(new MailOptions { Mode = MailMode.Smtp, Smtp = Settings(), TimeoutSeconds = 10, From = From }), TimeProvider.System);

    private OutgoingMail Message(Guid id, string localPart, int i) => new(
        id, From, $"{localPart}@{_suffix}.test", "Иван Петров",
        new RenderedMail($"Новая задача: согласовать «Договор №{i}» — Школа № 7", Text(i), $"<p>Договор №{i}</p>", Calendar(i), IsDigest: false),
        "https://af.example.org/account/notifications");

    private async Task<List<ReceivedMail>> ReceivedAsync() =>
        [.. (await Server.MessagesAsync()).Where(m => m.To.Contains(_suffix, StringComparison.Ordinal))];
}
