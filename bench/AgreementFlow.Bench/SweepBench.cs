using System.Diagnostics;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Bench;

/// <summary>Writes 100,000 due reminder timers over the instances the steps bench made and times the sweep that fires them all.</summary>
internal static class SweepBench
{
    public static async Task RunAsync(IServiceProvider services, int timers)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            var instances = await db.WorkflowInstances.Select(i => new { i.Id, i.Stage }).Take(1000).ToListAsync();
            if (instances.Count == 0)
            {
                Console.WriteLine("sweep: no instances to hang timers on (run 'steps' first)");
                return;
            }

            var due = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-1);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var done = 0; done < timers; done += 10_000)
            {
                for (var i = done; i < Math.Min(timers, done + 10_000); i++)
                {
                    var instance = instances[i % instances.Count];
                    db.WorkflowTimers.Add(new WorkflowTimer
                    {
                        Id = Guid.CreateVersion7(),
                        InstanceId = instance.Id,
                        Kind = TimerKind.Reminder,
                        Stage = instance.Stage,
                        Key = "before",
                        DueAtUtc = due.AddMilliseconds(i),
                        Status = TimerStatus.Pending,
                    });
                }

                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
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

        Console.WriteLine($"sweep of {timers:N0} due timers: {fired:N0} fired in {stopwatch.Elapsed.TotalSeconds:F1} s ({fired / stopwatch.Elapsed.TotalSeconds:F0}/s), each its own transaction");
    }
}
