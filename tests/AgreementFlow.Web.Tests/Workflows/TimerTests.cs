using AgreementFlow.TestSupport;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Workflows;

public abstract class TimerTests(AgreementFlowApp app)
{
    [Fact]
    public async Task AfterDowntime_TwoSweepsRacing_FireEveryDueTimerExactlyOnce()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await s.DraftAgreementAsync());
        }

        // The node was down for a month: every deadline and reminder of these tasks is now due.
        app.Clock.Advance(TimeSpan.FromDays(31));
        await using (var db = app.CreateDbContext())
        {
            (await db.WorkflowTimers.CountAsync(t => t.Status == TimerStatus.Pending && t.DueAtUtc <= app.Clock.GetUtcNow().UtcDateTime))
                .Should().BeGreaterThanOrEqualTo(6, "each task's next reminder is due");
        }

        var fired = await Task.WhenAll(app.RunDueTimersAsync(), app.RunDueTimersAsync());

        await using (var db = app.CreateDbContext())
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            (await db.WorkflowTimers.CountAsync(t => t.Status == TimerStatus.Pending && t.DueAtUtc <= now)).Should().Be(0, "nothing due is left behind");
            var firedRows = await db.WorkflowTimers.Where(t => t.Status == TimerStatus.Fired).Select(t => new { t.Id, t.Attempts }).ToListAsync();
            firedRows.Should().OnlyContain(t => t.Attempts == 1, "no timer fires twice");
            fired.Sum().Should().Be(firedRows.Count, "each firing is counted by exactly one of the two sweeps");
            // After downtime nothing stale is sent: the first overdue reminder is scheduled a working day on, not one per missed day.
            var reminders = await db.OutboxMessages.Where(m => m.Kind == "task-reminder").CountAsync();
            reminders.Should().Be(0, "no stale 'due soon' reminder for a task already overdue; the first overdue one comes a working day later");
        }
    }
}

public sealed class TimerTestsOnSqlite(SqliteApp app) : TimerTests(app), IClassFixture<SqliteApp>;

public sealed class TimerTestsOnPostgres(PostgresApp app) : TimerTests(app), IClassFixture<PostgresApp>;
