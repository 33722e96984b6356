using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Data.Mail;
using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Web.Tests.Api;
using AgreementFlow.Workflows.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>The dispatcher against a real SMTP server: send windows, digests, outages, rejections, answered tasks, restarts.</summary>
public abstract class DispatchTests(MailApp app)
{
    private static readonly TimeSpan Krasnoyarsk = TimeSpan.FromHours(7);

    [Fact]
    public async Task AReminderDueAt2amLocal_WaitsForTheSendWindow_AndGoesOutAfter9()
    {
        var world = await MailWorld.CreateAsync(app);
        var agreement = await world.Scenario.DraftAgreementAsync();
        var task = await world.Scenario.OpenTaskOfAsync(agreement, "coordinator");
        await world.SetDeliveryAsync("coordinator", ReminderDelivery.Immediate);
        await world.DispatchAsync();

        world.AdvanceToLocal(2, 0);
        var id = (await world.QueueAsync("task-reminder", task, world.Scenario.PersonId("coordinator"), payload: new JsonObject { ["reminder"] = "due-day" })).Single();
        await world.DispatchAsync();

        var waiting = await RowAsync(id);
        waiting.Status.Should().Be(OutboxStatus.Pending, "02:00 in Krasnoyarsk is outside the 09:00–18:00 window");
        var localOpening = waiting.AvailableAtUtc + Krasnoyarsk;
        localOpening.TimeOfDay.Should().BeGreaterThanOrEqualTo(TimeSpan.FromHours(9)).And.BeLessThan(TimeSpan.FromHours(9.2), "it waits for the window's opening, spread over its first minutes");
        (await RemindersOfAsync(world)).Should().BeEmpty("nothing goes out at night");

        world.AdvanceToLocal(9, 11);
        await world.DispatchAsync();

        (await RowAsync(id)).Status.Should().Be(OutboxStatus.Sent);
        (await RemindersOfAsync(world)).Should().ContainSingle().Which.Text.Should().Contain($"/tasks/{task}");
    }

    [Fact]
    public async Task ADigest_ListsAPersonsThreeTasksInOneEmail_AtTheirLocalTime_OncePerDay()
    {
        var world = await MailWorld.CreateAsync(app);
        var tasks = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            tasks.Add(await world.Scenario.OpenTaskOfAsync(await world.Scenario.DraftAgreementAsync(), "coordinator"));
        }

        await world.DispatchAsync();
        world.AdvanceToLocal(8, 29);
        await world.WriteDigestsAsync();
        (await DigestRowsAsync(world)).Should().Be(0, "the digest waits for 08:30 local");

        world.AdvanceToLocal(8, 31);
        await world.WriteDigestsAsync();
        await world.WriteDigestsAsync();
        (await DigestRowsAsync(world)).Should().Be(1, "a day has one digest");
        await world.DispatchAsync();

        var digest = (await world.ReceivedByAsync("coordinator")).Where(m => m.Subject.StartsWith("Ваши задачи", StringComparison.Ordinal))
            .Should().ContainSingle("three pending tasks make one e-mail").Subject;
        digest.Subject.Should().EndWith(": 3");
        foreach (var task in tasks)
        {
            digest.Text.Should().Contain($"https://af.example.org/tasks/{task}");
            digest.Html.Should().Contain($"https://af.example.org/tasks/{task}");
        }

        digest.ListUnsubscribe.Should().Be("<https://af.example.org/account/notifications>", "List-Unsubscribe points to the preferences page");
    }

    [Fact]
    public async Task WhenTheServerIsDown_FiftyQueuedMessages_AreAllDeliveredOnce_AfterItComesBack()
    {
        var world = await MailWorld.CreateAsync(app);
        var task = await world.Scenario.OpenTaskOfAsync(await world.Scenario.DraftAgreementAsync(), "coordinator");
        await world.DispatchAsync();
        // The Maildir's file names do not sort in arrival order (see ReceivedMail.Arrival): what came before is told by its Message-ID.
        var before = (await world.ReceivedByAsync("coordinator")).Select(m => m.MessageId).ToHashSet();

        await app.Smtp.StopAsync();
        List<Guid> ids;
        try
        {
            ids = await world.QueueAsync("task-assigned", task, world.Scenario.PersonId("coordinator"), 50);
            for (var run = 0; run < 3; run++)
            {
                var down = await world.DispatchAsync();
                down.Sent.Should().Be(0);
                down.Retrying.Should().BeInRange(1, 8, "a refused connection stops the run: the messages not yet tried wait, no attempt spent");
                app.Clock.Advance(TimeSpan.FromMinutes(10));
            }

            await using (var db = app.CreateDbContext())
            {
                var rows = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ToListAsync();
                rows.Should().OnlyContain(m => m.Status == OutboxStatus.Pending && m.ClaimedBy == null, "a refused connection is transient: nothing is lost or left claimed");
                rows.Should().Contain(m => m.LastError != null && m.Attempts > 0, "the failure is recorded for an administrator");
            }
        }
        finally
        {
            await app.Smtp.StartAsync();
        }

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        (await world.DispatchAsync()).Sent.Should().BeGreaterThanOrEqualTo(50);
        app.Clock.Advance(TimeSpan.FromHours(2));
        await world.DispatchAsync();

        var received = (await world.ReceivedByAsync("coordinator")).Where(m => !before.Contains(m.MessageId)).Select(m => m.MessageId).ToList();
        var expected = ids.Select(id => $"<{id:N}@agreementflow>").ToList();
        received.Where(expected.Contains).Should().HaveCount(50, "every queued message arrives").And.OnlyHaveUniqueItems("none twice");
    }

    [Fact]
    public async Task APermanentRejection_IsRecordedWithTheServersAnswer_AndNotRetried()
    {
        var world = await MailWorld.CreateAsync(app);
        var task = await world.Scenario.OpenTaskOfAsync(await world.Scenario.DraftAgreementAsync(), "coordinator");
        var rejected = await AuthorizationWorld.IdOfAsync(await world.Scenario.Admin.PostAsJsonAsync("/api/people", new
        {
            fullName = "Тест Отказ", email = $"reject@{world.Scenario.Suffix}.scenario.test", password = "Scenario-Pass-1",
            memberships = new[] { new { organizationId = world.Scenario.Centre, role = "coordinator" } },
        }));
        var id = (await world.QueueAsync("task-assigned", task, rejected)).Single();

        await world.DispatchAsync();
        var failed = await RowAsync(id);
        failed.Status.Should().Be(OutboxStatus.Failed);
        failed.Attempts.Should().Be(1);
        failed.LastError.Should().Contain("550", "the server's answer is kept for an administrator");

        app.Clock.Advance(TimeSpan.FromHours(3));
        await world.DispatchAsync();
        (await RowAsync(id)).Attempts.Should().Be(1, "a permanent failure is not retried");
    }

    [Fact]
    public async Task ABusyMailbox_IsRetriedLater_WhileFortyOtherMessagesGoOut_OverAtMostOneConnectionPerWorker()
    {
        var world = await MailWorld.CreateAsync(app);
        var task = await world.Scenario.OpenTaskOfAsync(await world.Scenario.DraftAgreementAsync(), "coordinator");
        var busy = await AuthorizationWorld.IdOfAsync(await world.Scenario.Admin.PostAsJsonAsync("/api/people", new
        {
            fullName = "Тест Занят", email = $"busy@{world.Scenario.Suffix}.scenario.test", password = "Scenario-Pass-1",
            memberships = new[] { new { organizationId = world.Scenario.Centre, role = "coordinator" } },
        }));
        await world.DispatchAsync();
        // The Maildir's file names do not sort in arrival order (see ReceivedMail.Arrival): what came before is told by its Message-ID.
        var before = (await world.ReceivedByAsync("coordinator")).Select(m => m.MessageId).ToHashSet();
        var busyId = (await world.QueueAsync("task-assigned", task, busy)).Single();
        var ids = await world.QueueAsync("task-assigned", task, world.Scenario.PersonId("coordinator"), 40);

        var report = await world.DispatchAsync();

        report.Sent.Should().Be(40);
        report.Retrying.Should().Be(1);
        var waiting = await RowAsync(busyId);
        waiting.Status.Should().Be(OutboxStatus.Pending, "451 means try again later");
        waiting.Attempts.Should().Be(1);
        waiting.LastError.Should().StartWith("451 ", "the server's answer is kept for an administrator");
        waiting.AvailableAtUtc.Should().BeAfter(app.Clock.GetUtcNow().UtcDateTime);
        var received = (await world.ReceivedByAsync("coordinator")).Where(m => !before.Contains(m.MessageId)).ToList();
        received.Select(m => m.MessageId).Should().BeEquivalentTo(ids.Select(id => $"<{id:N}@agreementflow>"), "the others went out, each once");
        received.Select(m => m.RawHeaders.Split('\n').Single(l => l.StartsWith("X-Peer:", StringComparison.Ordinal))).Distinct()
            .Should().HaveCountLessThanOrEqualTo(8, "each of the Mail:Parallelism workers keeps its connection for message after message");
    }

    [Fact]
    public async Task ATaskAnsweredBeforeItsReminderGoesOut_GetsNoReminder()
    {
        var world = await MailWorld.CreateAsync(app);
        var agreement = await world.Scenario.DraftAgreementAsync();
        var task = await world.Scenario.OpenTaskOfAsync(agreement, "coordinator");
        await world.SetDeliveryAsync("coordinator", ReminderDelivery.Immediate);
        await world.DispatchAsync();

        world.AdvanceToLocal(2, 0);
        var id = (await world.QueueAsync("task-reminder", task, world.Scenario.PersonId("coordinator"), payload: new JsonObject { ["reminder"] = "before" })).Single();
        await world.DispatchAsync();
        await world.Scenario.RenewSessionsAsync();
        (await world.Scenario.AnswerAsync(agreement, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);

        world.AdvanceToLocal(9, 30);
        await world.DispatchAsync();
        for (var day = 0; day < 10; day++)
        {
            app.Clock.Advance(TimeSpan.FromDays(1));
            await app.RunDueTimersAsync();
            await world.DispatchAsync();
        }

        (await RowAsync(id)).Status.Should().Be(OutboxStatus.Skipped, "the task was answered while its reminder waited for the window");
        (await RemindersOfAsync(world)).Should().NotContain(m => m.Text!.Contains($"/tasks/{task}"), "a finished task never gets a reminder");
    }

    [Fact]
    public async Task AfterDowntime_WithRemindersOverdue_EachTaskIsRemindedOnce_EvenWithTwoDispatchers()
    {
        var world = await MailWorld.CreateAsync(app);
        var tasks = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            tasks.Add(await world.Scenario.OpenTaskOfAsync(await world.Scenario.DraftAgreementAsync(), "coordinator"));
        }

        await world.SetDeliveryAsync("coordinator", ReminderDelivery.Immediate);
        await world.DispatchAsync();

        // Twelve days down: nothing ran. Then the timers catch up over two days before any e-mail is sent.
        app.Clock.Advance(TimeSpan.FromDays(12));
        for (var day = 0; day < 3; day++)
        {
            await app.RunDueTimersAsync();
            app.Clock.Advance(TimeSpan.FromDays(1));
        }

        await app.RunDueTimersAsync();
        await using (var db = app.CreateDbContext())
        {
            (await db.OutboxMessages.CountAsync(m => tasks.Contains(m.AssignmentId!.Value) && m.Kind == "task-reminder" && m.Status == OutboxStatus.Pending))
                .Should().BeGreaterThanOrEqualTo(3, "each overdue task has a reminder queued");
        }

        // The restart: two nodes dispatch at once, then again later in the same window.
        world.AdvanceToLocal(9, 5);
        await Task.WhenAll(world.DispatchAsync(), world.DispatchAsync());
        world.AdvanceToLocal(9, 15);
        await Task.WhenAll(world.DispatchAsync(), world.DispatchAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await world.DispatchAsync();

        var reminders = await RemindersOfAsync(world);
        foreach (var task in tasks)
        {
            reminders.Count(m => m.Text!.Contains($"/tasks/{task}")).Should().Be(1, "one reminder per task per window, however many were queued");
        }
    }

    private async Task<OutboxMessage> RowAsync(Guid id)
    {
        await using var db = app.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private async Task<int> DigestRowsAsync(MailWorld world)
    {
        await using var db = app.CreateDbContext();
        var person = world.Scenario.PersonId("coordinator");
        return await db.OutboxMessages.CountAsync(m => m.Kind == "digest" && m.RecipientPersonId == person);
    }

    private static async Task<List<ReceivedMail>> RemindersOfAsync(MailWorld world) =>
        [.. (await world.ReceivedByAsync("coordinator")).Where(m => m.Subject.StartsWith("Напоминание", StringComparison.Ordinal) || m.Subject.StartsWith("Просрочено", StringComparison.Ordinal))];
}

public sealed class DispatchTestsOnSqlite(SqliteMailApp app) : DispatchTests(app), IClassFixture<SqliteMailApp>;

public sealed class DispatchTestsOnPostgres(PostgresMailApp app) : DispatchTests(app), IClassFixture<PostgresMailApp>;
