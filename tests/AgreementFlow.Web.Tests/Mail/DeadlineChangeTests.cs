using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>A moved deadline recomputes the task's reminders and replaces the assignee's calendar entry.</summary>
public abstract partial class DeadlineChangeTests(MailApp app)
{
    [Fact]
    public async Task MovingADeadline_RecomputesTheReminder_AndTheAssigneesCalendarEntryIsReplaced()
    {
        var world = await MailWorld.CreateAsync(app);
        var agreement = await world.Scenario.DraftAgreementAsync();
        var task = await world.Scenario.OpenTaskOfAsync(agreement, "coordinator");
        await world.DispatchAsync();
        var first = (await world.ReceivedByAsync("coordinator")).Single();

        DateTime oldDue;
        await using (var db = app.CreateDbContext())
        {
            oldDue = (await db.TaskAssignments.SingleAsync(a => a.Id == task)).DueAtUtc!.Value;
        }

        var newDue = new DateTimeOffset(oldDue.AddDays(14), TimeSpan.Zero).ToOffset(TimeSpan.FromHours(7));
        var director = await world.Scenario.ClientAsync("director");
        var response = await director.PostAsJsonAsync($"/api/tasks/{task}/deadline", new { dueAt = newDue });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        await using (var db = app.CreateDbContext())
        {
            (await db.TaskAssignments.SingleAsync(a => a.Id == task)).DueAtUtc.Should().Be(newDue.UtcDateTime);
            var pending = await db.WorkflowTimers.Where(t => t.AssignmentId == task && t.Status == TimerStatus.Pending).ToListAsync();
            pending.Should().ContainSingle("only the next reminder of the chain is scheduled");
            pending[0].DueAtUtc.Should().BeAfter(oldDue, "the reminder is counted from the new deadline").And.BeOnOrBefore(newDue.UtcDateTime);
            (await db.JournalEntries.CountAsync(j => j.Kind == JournalEntryKind.DeadlineChanged && j.TaskId != null)).Should().BeGreaterThan(0);
        }

        await world.DispatchAsync();
        var moved = (await world.ReceivedByAsync("coordinator")).Where(m => m.Subject.StartsWith("Срок изменён", StringComparison.Ordinal))
            .Should().ContainSingle().Subject;
        var oldIcs = first.Attachments.Single().Content;
        var newIcs = moved.Attachments.Single().Content;
        Uid(newIcs).Should().Be(Uid(oldIcs), "the same task keeps its calendar entry");
        Sequence(newIcs).Should().BeGreaterThan(Sequence(oldIcs), "a higher SEQUENCE replaces the earlier entry");
        newIcs.Should().Contain($"DUE;TZID=Asia/Krasnoyarsk:{newDue:yyyyMMdd'T'HHmmss}");
    }

    [Fact]
    public async Task ADeadlineInThePast_OrFromSomeoneOutsideTheBase_IsRefused_AndNothingChanges()
    {
        var world = await MailWorld.CreateAsync(app);
        var agreement = await world.Scenario.DraftAgreementAsync();
        var task = await world.Scenario.OpenTaskOfAsync(agreement, "coordinator");
        var coordinator = await world.Scenario.ClientAsync("coordinator");

        var past = await coordinator.PostAsJsonAsync($"/api/tasks/{task}/deadline", new { dueAt = app.Clock.GetUtcNow().AddHours(-1) });
        past.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await past.Content.ReadAsStringAsync()).Should().Contain("dueAt");
        var missing = await coordinator.PostAsJsonAsync($"/api/tasks/{task}/deadline", new { });
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var partner = await world.Scenario.ClientAsync("director1");
        (await partner.PostAsJsonAsync($"/api/tasks/{task}/deadline", new { dueAt = app.Clock.GetUtcNow().AddDays(30) }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "a partner school's director does not set the base's pace");
        (await coordinator.PostAsJsonAsync($"/api/tasks/{Guid.NewGuid()}/deadline", new { dueAt = app.Clock.GetUtcNow().AddDays(30) }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);

        await using var db = app.CreateDbContext();
        (await db.OutboxMessages.CountAsync(m => m.AssignmentId == task && m.Kind == "task-deadline-changed")).Should().Be(0);
    }

    private static string Uid(string ics) => UidPattern().Match(ics).Groups[1].Value;

    private static long Sequence(string ics) => long.Parse(SequencePattern().Match(ics).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"UID:(\S+)")]
    private static partial Regex UidPattern();

    [GeneratedRegex(@"SEQUENCE:(\d+)")]
    private static partial Regex SequencePattern();
}

public sealed class DeadlineChangeTestsOnSqlite(SqliteMailApp app) : DeadlineChangeTests(app), IClassFixture<SqliteMailApp>;

public sealed class DeadlineChangeTestsOnPostgres(PostgresMailApp app) : DeadlineChangeTests(app), IClassFixture<PostgresMailApp>;
