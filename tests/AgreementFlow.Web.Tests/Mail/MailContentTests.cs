using System.Globalization;
using System.Text;
using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Workflows.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>What a new task's e-mail says, read back from a real SMTP server's Maildir.</summary>
public abstract class MailContentTests(MailApp app)
{
    [Fact]
    public async Task ANewTask_ArrivesWithItsCyrillicSubject_ALinkToTheTask_ItsDeadlineInKrasnoyarskTime_AndACalendarEntry()
    {
        var world = await MailWorld.CreateAsync(app);
        var agreementId = await world.Scenario.DraftAgreementAsync();
        var task = await world.Scenario.OpenTaskOfAsync(agreementId, "coordinator");
        var title = (await world.Scenario.AgreementAsync(agreementId)).GetProperty("title").GetString()!;

        (await world.DispatchAsync()).Sent.Should().BeGreaterThan(0);

        var mail = (await world.ReceivedByAsync("coordinator")).Should().ContainSingle("a new task is told once").Subject;
        await using var db = app.CreateDbContext();
        var row = await db.OutboxMessages.SingleAsync(m => m.AssignmentId == task && m.Kind == "task-assigned");
        var due = (await db.TaskAssignments.SingleAsync(a => a.Id == task)).DueAtUtc!.Value;
        row.Status.Should().Be(OutboxStatus.Sent);

        mail.Subject.Should().StartWith("Новая задача: ").And.EndWith(" — " + title).And.Be(row.Subject, "the subject decodes to exactly the Cyrillic text sent");
        mail.RawHeaders.Should().Contain("Subject: =?utf-8?", "a Cyrillic subject travels encoded (RFC 2047)");
        mail.MessageId.Should().Be($"<{row.Id:N}@agreementflow>", "the Message-ID is derived from the outbox row");
        mail.Text.Should().Contain($"https://af.example.org/tasks/{task}", "the link leads to the task page");
        mail.Html.Should().Contain($"href=\"https://af.example.org/tasks/{task}\"");

        var local = due.AddHours(7);
        var expected = local.ToString("d MMMM yyyy 'г.', HH:mm", CultureInfo.GetCultureInfo("ru-RU")) + " (Красноярск, UTC+7)";
        mail.Text.Should().Contain("Срок: до " + expected, "the deadline reads in the organisation's local time, its zone named");

        var ics = mail.Attachments.Should().ContainSingle(a => a.FileName == "task.ics").Subject;
        ics.ContentType.Should().Be("text/calendar");
        ics.Content.Should().Contain($"UID:{task}@agreementflow\r\n")
            .And.Contain($"DUE;TZID=Asia/Krasnoyarsk:{local:yyyyMMdd'T'HHmmss}\r\n")
            .And.Contain("BEGIN:VTIMEZONE\r\nTZID:Asia/Krasnoyarsk\r\n")
            .And.Contain("TZOFFSETTO:+0700\r\n");
        ics.Content.Split("\r\n").Should().OnlyContain(line => Encoding.UTF8.GetByteCount(line) <= 75, "RFC 5545 folds lines at 75 octets");
    }

    [Fact]
    public async Task AnExpiringAgreement_TellsTheCoordinatorItsEndDate_AndLinksToTheAgreement_InTheirLanguage()
    {
        var world = await MailWorld.CreateAsync(app);
        var agreementId = await world.Scenario.DraftAgreementAsync(termTo: "2027-06-30");
        var title = (await world.Scenario.AgreementAsync(agreementId)).GetProperty("title").GetString()!;
        var coordinator = world.Scenario.PersonId("coordinator");
        await world.DispatchAsync();
        await using (var db = app.CreateDbContext())
        {
            (await db.People.SingleAsync(p => p.Id == coordinator)).PreferredLanguage = "en";
            var instanceId = await db.Agreements.Where(a => a.Id == agreementId).Select(a => a.WorkflowInstanceId).SingleAsync();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            // What the active stage's 60-days timer queues through the notify action.
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                Kind = "agreement-expiring",
                InstanceId = instanceId,
                RecipientPersonId = coordinator,
                Payload = new System.Text.Json.Nodes.JsonObject { ["template"] = "agreement-expiring", ["stage"] = "active", ["subjectId"] = agreementId.ToString() }.ToJsonString(),
                CreatedAtUtc = now,
                AvailableAtUtc = now,
            });
            await db.SaveChangesAsync();
        }

        world.AdvanceToLocal(10, 30);
        await world.DispatchAsync();

        var mail = (await world.ReceivedByAsync("coordinator")).Where(m => m.Subject.StartsWith("Agreement ends", StringComparison.Ordinal)).Should().ContainSingle().Subject;
        mail.Subject.Should().Be($"Agreement ends on 30 June 2027: {title}", "the person reads e-mail in the language they chose");
        mail.Text.Should().Contain($"https://af.example.org/agreements/{agreementId}").And.Contain("days left");
        mail.Attachments.Should().BeEmpty("an expiry notice is not a task with a deadline");
    }
}

public sealed class MailContentTestsOnSqlite(SqliteMailApp app) : MailContentTests(app), IClassFixture<SqliteMailApp>;

public sealed class MailContentTestsOnPostgres(PostgresMailApp app) : MailContentTests(app), IClassFixture<PostgresMailApp>;
