using System.Diagnostics;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Identity;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Bench;

/// <summary>
/// Durable steps per second, two ways, against the raw commit rate of a bare one-insert-one-update transaction with
/// the same number of clients on the same database, measured in the same run:
/// <list type="bullet">
/// <item>the engine's own: a route of human tasks only (<c>Definitions/bench-approval.v1.json</c>: the base's legal,
/// the three parties' directors in parallel, the base's coordinator; deadlines in working days, reminders and a stage
/// timer), each answer one transaction of task completion → journal → next tasks → timers → outbox;</item>
/// <item>the agreement route as users walk it: drafting an agreement, submitting, legal approval, two partners, three
/// directors (up to signing, which needs a signature rather than an answer), with everything the capabilities add to
/// those steps — rendering the document versions, binding approvals to their content, partner contacts, rounds.</item>
/// </list>
/// </summary>
internal static class StepsBench
{
    private const string EngineRoute = "bench-approval";

    // The client's own look-up of its next task, compiled once: the bench measures the engine's steps, not EF's query cache.
    private static readonly Func<AgreementFlowDbContext, Guid, Task<TaskAssignment?>> NextOpen =
        EF.CompileAsyncQuery((AgreementFlowDbContext db, Guid instance) => db.TaskAssignments.AsNoTracking().Include(a => a.HumanTask)
            .Where(a => a.InstanceId == instance && a.Status == AssignmentStatus.Open && a.AssigneePersonId != null)
            .OrderBy(a => a.Sequence).FirstOrDefault());

    public static async Task<(double Steps, double Raw)> RunAsync(IServiceProvider services, int clients, TimeSpan duration)
    {
        // BENCH_STEPS=engine measures the engine's route alone (with BENCH_SQL=1: its SQL commands, for counting).
        var only = Environment.GetEnvironmentVariable("BENCH_STEPS");
        // A thread for each client from the start: SQLite's calls block their thread, and the pool would otherwise add
        // threads one by one during the first seconds of whichever measurement comes first.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, clients * 2), completionPorts);
        var raw = only is null ? await RawCommitsAsync(services, clients, duration) : double.NaN;
        var engine = only is null or "engine" ? await EngineStepsAsync(services, clients, duration) : double.NaN;
        var steps = only is null or "agreement" ? await StepsAsync(services, clients, duration) : double.NaN;
        Console.WriteLine($"raw commits/s ({clients} clients, insert+update per transaction): {raw,10:F0}");
        Console.WriteLine($"engine steps/s ({clients} clients, task → journal → next tasks → timers → outbox): {engine,10:F0}   ratio to raw: {engine / raw:F2}");
        Console.WriteLine($"agreement route steps/s ({clients} clients, with documents rendered and negotiation records): {steps,10:F0}   ratio to raw: {steps / raw:F2}");
        return (engine, raw);
    }

    private static async Task<double> RawCommitsAsync(IServiceProvider services, int clients, TimeSpan duration)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS bench_raw (id varchar(36) PRIMARY KEY, n integer NOT NULL)");
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS bench_counter (id integer PRIMARY KEY, n integer NOT NULL)");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM bench_counter");
            await db.Database.ExecuteSqlRawAsync("INSERT INTO bench_counter (id, n) VALUES (1, 0)");
        }

        var count = 0L;
        var stopwatch = Stopwatch.StartNew();
        // Each client on a thread of its own: Microsoft.Data.Sqlite completes its "async" calls synchronously, so clients
        // started from one loop would otherwise run one after another on the starting thread.
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (stopwatch.Elapsed < duration)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var id = Guid.NewGuid().ToString();
                await db.Database.ExecuteSqlAsync($"INSERT INTO bench_raw (id, n) VALUES ({id}, 1)");
                await db.Database.ExecuteSqlAsync($"UPDATE bench_counter SET n = n + 1 WHERE id = 1");
                await transaction.CommitAsync();
                Interlocked.Increment(ref count);
            }
        })));
        return count / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<double> EngineStepsAsync(IServiceProvider services, int clients, TimeSpan duration)
    {
        var network = await NetworkAsync(services);
        return await WalkAsync(services, clients, duration, EngineRoute, async (scope, partners) =>
        {
            var started = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().StartAsync(
                new StartWorkflow(EngineRoute, SubjectKind.CreditTransfer, Guid.CreateVersion7(),
                    [(network.Centre, PartyRole.Base), .. partners.Select(p => (p, PartyRole.Partner))], [], network.Coordinator.PersonId),
                CancellationToken.None);
            return started.Succeeded ? started.InstanceId!.Value : throw new InvalidOperationException(started.Message);
        }, network.Schools);
    }

    private static async Task<double> StepsAsync(IServiceProvider services, int clients, TimeSpan duration)
    {
        var network = await NetworkAsync(services);
        return await WalkAsync(services, clients, duration, AgreementService.AgreementRoute, async (scope, partners) =>
        {
            var created = await scope.ServiceProvider.GetRequiredService<AgreementService>().CreateAsync(
                new AgreementInput(network.Centre, partners, [network.Program], new TermInput(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)), null, []),
                network.Coordinator, CancellationToken.None);
            var agreementId = created.Value?.Id ?? throw new InvalidOperationException(created.Message ?? "create failed");
            return await scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>().Agreements
                .Where(a => a.Id == agreementId).Select(a => a.WorkflowInstanceId).SingleAsync();
        }, network.Schools);
    }

    /// <summary>The demo network's centre, its coordinator, one of its programmes and the region's schools.</summary>
    private static async Task<(Guid Centre, CurrentUser Coordinator, Guid Program, List<Guid> Schools)> NetworkAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
        var centre = await db.Organizations.Where(o => o.ShortName == "МБОУ ДО «Саянский РЦДТ»").Select(o => o.Id).SingleAsync();
        var schools = await db.Organizations.Where(o => o.RegionCode == "24" && o.Id != centre).Select(o => o.Id).ToListAsync();
        var program = await db.Programs.Where(p => p.OwnerOrganizationId == centre).Select(p => p.Id).FirstAsync();
        var person = await db.People.Include(p => p.Memberships).SingleAsync(p => p.Email == "coordinator@sayan-cdt.demo");
        return (centre, new CurrentUser(SignInService.CreatePrincipal(person)), program, schools);
    }

    /// <summary>
    /// Each client starts an instance (<paramref name="start"/>, with two random partner schools: one step) and answers its
    /// tasks one by one until none is open; steps per second over all clients.
    /// </summary>
    private static async Task<double> WalkAsync(
        IServiceProvider services, int clients, TimeSpan duration, string route, Func<AsyncServiceScope, List<Guid>, Task<Guid>> start, List<Guid> schools)
    {
        var steps = 0L;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            while (stopwatch.Elapsed < duration)
            {
                Guid instanceId;
                await using (var scope = services.CreateAsyncScope())
                {
                    instanceId = await start(scope, [.. schools.OrderBy(_ => random.Next()).Take(2)]);
                    Interlocked.Increment(ref steps);
                }

                while (stopwatch.Elapsed < duration && await AnswerNextAsync(services, instanceId, route))
                {
                    Interlocked.Increment(ref steps);
                }
            }
        })));
        return steps / stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Answers one open task of the instance positively, as its assignee; false when none is open.</summary>
    private static async Task<bool> AnswerNextAsync(IServiceProvider services, Guid instance, string route)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
        var registry = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionRegistry>();
        var open = await NextOpen(db, instance);
        // Signing needs a recorded signature (a code, a file or a scan), which is not a plain answer: the walk ends there.
        if (open is null || open.HumanTask!.TaskId == "sign")
        {
            return false;
        }

        var definition = registry.Latest(route)!;
        var outcome = definition.GetStage(open.HumanTask!.Stage).FindTask(open.HumanTask.TaskId)!.Outcomes.First(o => !o.Decisive && !o.RequiresComment);
        var result = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>()
            .CompleteTaskAsync(new CompleteTask(open.Id, open.AssigneePersonId!.Value, outcome.Id, null), CancellationToken.None);
        return result.Succeeded ? true : throw new InvalidOperationException(result.Message);
    }
}
