using System.Net;
using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Workflows.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>
/// The dispatcher sending over STARTTLS and a login, as a school's server is reached; and what becomes of the queued
/// messages when the login stops working (the mailbox password was changed on the server, not in our settings).
/// </summary>
public abstract class SmtpLoginDispatchTests(SecureMailApp app)
{
    [Fact]
    public async Task AfterTheServerRefusesTheLogin_TheMessagesWaitWithTheReason_NoneGivenUp_AndAllGoOnceTheLoginWorksAgain()
    {
        var world = await MailWorld.CreateAsync(app);
        var task = await world.Scenario.OpenTaskOfAsync(await world.Scenario.DraftAgreementAsync(), "coordinator");
        (await world.DispatchAsync()).Sent.Should().BeGreaterThanOrEqualTo(1);
        var assigned = (await world.ReceivedByAsync("coordinator")).Should().ContainSingle("the task's e-mail went over STARTTLS with the login").Subject;
        assigned.RawHeaders.Should().Contain("X-TLS: TLSv1.").And.Contain($"X-Authenticated-As: {SecureMailApp.User}");

        app.Smtp.SetPassword("changed-on-the-server");
        var ids = await world.QueueAsync("task-assigned", task, world.Scenario.PersonId("coordinator"), 20);

        var refused = await world.DispatchAsync();
        refused.Sent.Should().Be(0);
        refused.Failed.Should().Be(0, "a refused login is no message's fault");
        var failedLogins = (await app.Smtp.EventsAsync()).Count(e => e.StartsWith("LOGIN-FAILED", StringComparison.Ordinal));
        failedLogins.Should().Be(1, "the other workers wait for the first login's outcome: one wrong login, not one per worker");
        await using (var db = app.CreateDbContext())
        {
            var rows = await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync();
            rows.Should().OnlyContain(m => m.Status == OutboxStatus.Pending && m.Attempts == 0 && m.ClaimedBy == null, "the messages wait, no attempt spent");
            rows.Should().Contain(m => m.LastError != null && m.LastError.StartsWith("Mail:Smtp settings:", StringComparison.Ordinal) && m.LastError.Contains("535"),
                "the administrator reads why on the outbox page");
        }

        var outbox = WebUtility.HtmlDecode(await (await app.SignInAsAdminAsync()).GetStringAsync("/admin/outbox"));
        outbox.Should().Contain("Отправка писем приостановлена до").And.Contain("535", "the administrator sees at the top of the outbox that sending is paused, and why");

        (await world.DispatchAsync()).Handled.Should().Be(0, "sending pauses after a refused login");
        (await app.Smtp.EventsAsync()).Count(e => e.StartsWith("LOGIN-FAILED", StringComparison.Ordinal)).Should().Be(failedLogins, "no wrong login every few seconds: providers lock such mailboxes");

        for (var run = 0; run < 12; run++)
        {
            app.Clock.Advance(TimeSpan.FromHours(2));
            var again = await world.DispatchAsync();
            again.Sent.Should().Be(0);
            again.Failed.Should().Be(0);
        }

        await using (var db = app.CreateDbContext())
        {
            (await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync())
                .Should().OnlyContain(m => m.Status == OutboxStatus.Pending && m.Attempts == 0, "more runs than Mail:MaxAttempts, and not one message given up");
        }

        app.Smtp.SetPassword(SecureMailApp.Password);
        app.Clock.Advance(TimeSpan.FromHours(2));
        (await world.DispatchAsync()).Sent.Should().Be(20, "the login works again: everything queued goes");
        WebUtility.HtmlDecode(await (await app.SignInAsAdminAsync()).GetStringAsync("/admin/outbox")).Should().NotContain("Отправка писем приостановлена", "an accepted e-mail ends the pause");

        var received = (await world.ReceivedByAsync("coordinator")).Where(m => m.MessageId != assigned.MessageId).ToList();
        received.Select(m => m.MessageId).Should().BeEquivalentTo(ids.Select(id => $"<{id:N}@agreementflow>"), "each arrives once");
        received.Should().OnlyContain(m => m.RawHeaders.Contains("X-TLS: TLSv1.") && m.RawHeaders.Contains($"X-Authenticated-As: {SecureMailApp.User}"));
        await using (var db = app.CreateDbContext())
        {
            (await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync())
                .Should().OnlyContain(m => m.Status == OutboxStatus.Sent && m.LastError == null && m.Attempts == 1);
        }
    }
}

public sealed class SmtpLoginDispatchTestsOnSqlite(SqliteSecureMailApp app) : SmtpLoginDispatchTests(app), IClassFixture<SqliteSecureMailApp>;

public sealed class SmtpLoginDispatchTestsOnPostgres(PostgresSecureMailApp app) : SmtpLoginDispatchTests(app), IClassFixture<PostgresSecureMailApp>;
