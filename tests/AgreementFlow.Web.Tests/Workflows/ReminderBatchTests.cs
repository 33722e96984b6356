using AgreementFlow.Data.Persistence;
using AgreementFlow.TestSupport;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Workflows;

/// <summary>The app with reminder batches of two, so that a handful of tasks make a backlog of several batches.</summary>
public abstract class SmallReminderBatchApp(DatabaseProvider provider) : AgreementFlowApp(provider)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Workflows:ReminderBatchSize"] = "2",
    };
}

public sealed class SqliteSmallReminderBatchApp() : SmallReminderBatchApp(DatabaseProvider.Sqlite);

public sealed class PostgresSmallReminderBatchApp() : SmallReminderBatchApp(DatabaseProvider.Postgres);

/// <summary>After downtime, due reminders go out in bounded batches, each one once, and two sweeps racing share them.</summary>
public abstract class ReminderBatchTests(AgreementFlowApp app)
{
    [Fact]
    public async Task AfterDowntime_RemindersGoOutInBoundedBatches_EachTaskRemindedOnce()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var tasks = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            tasks.Add(await s.OpenTaskOfAsync(await s.DraftAgreementAsync(), "coordinator"));
        }

        // The node was down until each coordinator's "deadline soon" reminder came due; the tasks are not late yet.
        await using (var setup = app.CreateDbContext())
        {
            var pending = await setup.WorkflowTimers.Where(t => tasks.Contains(t.AssignmentId!.Value) && t.Status == TimerStatus.Pending)
                .Select(t => new { t.Key, t.DueAtUtc }).ToListAsync();
            pending.Should().HaveCount(5).And.OnlyContain(t => t.Key == "before", "each task's first reminder warns of the deadline");
            app.Clock.SetUtcNow(new DateTimeOffset(DateTime.SpecifyKind(pending.Max(t => t.DueAtUtc), DateTimeKind.Utc)));
        }

        var first = await app.RunDueTimersAsync(maxBatches: 1);

        first.Should().Be(2, "one sweep batch takes no more than Workflows:ReminderBatchSize reminders");
        (await RemindedAsync(tasks)).Should().Be(2, "the reminders of the first batch are queued with it");

        var rest = await Task.WhenAll(app.RunDueTimersAsync(), app.RunDueTimersAsync());

        (first + rest.Sum()).Should().Be(5, "each due reminder fires in exactly one of the racing sweeps");
        (await RemindedAsync(tasks)).Should().Be(5, "every coordinator hears once that their deadline is near");
        await using var db = app.CreateDbContext();
        (await db.OutboxMessages.Where(m => m.Kind == "task-reminder" && tasks.Contains(m.AssignmentId!.Value))
            .GroupBy(m => m.AssignmentId).CountAsync(g => g.Count() > 1)).Should().Be(0, "nobody is reminded twice");
        (await db.WorkflowTimers.CountAsync(t => tasks.Contains(t.AssignmentId!.Value) && t.Status == TimerStatus.Pending))
            .Should().Be(5, "each task's chain moves on to its next reminder");
    }

    private async Task<int> RemindedAsync(List<Guid> tasks)
    {
        await using var db = app.CreateDbContext();
        return await db.OutboxMessages.Where(m => m.Kind == "task-reminder" && tasks.Contains(m.AssignmentId!.Value))
            .Select(m => m.AssignmentId).Distinct().CountAsync();
    }
}

public sealed class ReminderBatchTestsOnSqlite(SqliteSmallReminderBatchApp app) : ReminderBatchTests(app), IClassFixture<SqliteSmallReminderBatchApp>;

public sealed class ReminderBatchTestsOnPostgres(PostgresSmallReminderBatchApp app) : ReminderBatchTests(app), IClassFixture<PostgresSmallReminderBatchApp>;
