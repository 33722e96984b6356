using System.Diagnostics;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Bench;

/// <summary>
/// Writes 100,000 due reminder timers for the open tasks the steps bench left (each firing writes an
/// outbox message for the task's assignee) and times the sweep that fires them all.
/// </summary>
internal static class SweepBench
{
    public static async Task RunAsync(IServiceProvider services, int timers)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            var open = await db.TaskAssignments.Where(a => a.Status == AgreementFlow.Workflows.Runtime.Tasks.AssignmentStatus.Open && a.AssigneePersonId != null)
                .Join(db.WorkflowInstances, a => a.InstanceId, i => i.Id, (a, i) => new { a.Id, InstanceId = i.Id, i.Stage })
                .Take(1000).ToListAsync();
            if (open.Count == 0)
            {
                Console.WriteLine("sweep: no open tasks to remind of (run 'steps' first)");
                return;
            }

            await AddDueRemindersAsync(db, [.. open.Select(t => (t.Id, t.InstanceId, t.Stage))], timers);
        }

        var stopwatch = Stopwatch.StartNew();
        var fired = 0;
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var batch = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().RunDueTimersAsync(10, CancellationToken.None);
            if (batch == 0)
            {
                break;
            }

            fired += batch;
        }

        int messages;
        await using (var scope = services.CreateAsyncScope())
        {
            messages = await scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>().OutboxMessages.CountAsync(m => m.Kind == "task-reminder");
        }

        Console.WriteLine($"sweep of {timers:N0} due reminders: {fired:N0} fired in {stopwatch.Elapsed.TotalSeconds:F1} s ({fired / stopwatch.Elapsed.TotalSeconds:F0}/s), {messages:N0} reminder e-mails queued in the outbox");
    }

    /// <summary>Writes <paramref name="count"/> "before" reminder timers, due yesterday, over the given open tasks, 10,000 per commit.</summary>
    public static async Task AddDueRemindersAsync(AgreementFlowDbContext db, IReadOnlyList<(Guid Id, Guid InstanceId, string Stage)> open, int count)
    {
        var due = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-1);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var done = 0; done < count; done += 10_000)
        {
            for (var i = done; i < Math.Min(count, done + 10_000); i++)
            {
                var task = open[i % open.Count];
                db.WorkflowTimers.Add(new WorkflowTimer
                {
                    Id = Guid.CreateVersion7(),
                    InstanceId = task.InstanceId,
                    AssignmentId = task.Id,
                    Kind = TimerKind.Reminder,
                    Stage = task.Stage,
                    Key = "before",
                    DueAtUtc = due.AddMilliseconds(i),
                    Status = TimerStatus.Pending,
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
