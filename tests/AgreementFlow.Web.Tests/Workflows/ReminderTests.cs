using System.Net;
using System.Text.Json;
using AgreementFlow.TestSupport;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Workflows;

/// <summary>A task's reminders arrive in order, escalate when ignored, and stop the moment the task is answered.</summary>
public abstract class ReminderTests(AgreementFlowApp app)
{
    [Fact]
    public async Task AnUnansweredTask_IsRemindedBeforeAndOnItsDay_ThenOverdue_ThenEscalated_AndAnAnswerStopsIt()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var task = await s.OpenTaskOfAsync(id, "coordinator");
        await using (var db = app.CreateDbContext())
        {
            (await db.WorkflowTimers.CountAsync(t => t.AssignmentId == task && t.Status == TimerStatus.Pending))
                .Should().Be(1, "only the next reminder of a task is scheduled");
        }

        var reminders = new List<string>();
        for (var day = 0; day < 12 && reminders.Count(r => r.StartsWith("overdue", StringComparison.Ordinal)) < 2; day++)
        {
            app.Clock.Advance(TimeSpan.FromDays(1));
            await app.RunDueTimersAsync();
            reminders = await RemindersAsync(task);
        }

        reminders.Should().StartWith(["before", "due-day", "overdue"], "the task's reminders come in the policy's order");
        await using (var db = app.CreateDbContext())
        {
            (await db.OutboxMessages.CountAsync(m => m.AssignmentId == task && m.Kind == "task-escalation" && m.RecipientPersonId == s.PersonId("director")))
                .Should().Be(1, "after two overdue reminders the base's director hears of it, once");
        }

        await s.RenewSessionsAsync();
        (await s.AnswerAsync(id, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        var answered = (await RemindersAsync(task)).Count;
        app.Clock.Advance(TimeSpan.FromDays(10));
        await app.RunDueTimersAsync();

        (await RemindersAsync(task)).Count.Should().Be(answered, "an answered task is never reminded of again");
    }

    private async Task<List<string>> RemindersAsync(Guid assignment)
    {
        await using var db = app.CreateDbContext();
        var payloads = await db.OutboxMessages.Where(m => m.AssignmentId == assignment && m.Kind == "task-reminder")
            .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id).Select(m => m.Payload).ToListAsync();
        return [.. payloads.Select(p => JsonDocument.Parse(p).RootElement.GetProperty("reminder").GetString()!)];
    }
}

public sealed class ReminderTestsOnSqlite(SqliteApp app) : ReminderTests(app), IClassFixture<SqliteApp>;

public sealed class ReminderTestsOnPostgres(PostgresApp app) : ReminderTests(app), IClassFixture<PostgresApp>;
