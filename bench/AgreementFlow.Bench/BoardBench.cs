using System.Diagnostics;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Bench;

/// <summary>Seeds 100,000 agreements across the demo network and measures the coordinator's board query (p50, p95).</summary>
/// <remarks>The seeding goes through EF, so the board's counts by stage are kept as the app keeps them.</remarks>
internal static class BoardBench
{
    private static readonly string[] Stages = ["drafting", "legal-review", "negotiation", "approval", "signing", "active", "archived"];

    public static async Task RunAsync(IServiceProvider services, int agreements)
    {
        var seeded = Stopwatch.StartNew();
        CurrentUser coordinator;
        Guid centre;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            centre = await db.Organizations.Where(o => o.ShortName == "МБОУ ДО «Саянский РЦДТ»").Select(o => o.Id).SingleAsync();
            var schools = await db.Organizations.Where(o => o.Id != centre).Select(o => new { o.Id, o.ShortName }).ToListAsync();
            var person = await db.People.Include(p => p.Memberships).SingleAsync(p => p.Email == "coordinator@sayan-cdt.demo");
            coordinator = new CurrentUser(SignInService.CreatePrincipal(person));
            var random = new Random(42);
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var done = 0; done < agreements; done += 5000)
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                for (var i = done; i < Math.Min(agreements, done + 5000); i++)
                {
                    var school = schools[random.Next(schools.Count)];
                    var id = Guid.CreateVersion7();
                    var title = $"Договор о сетевой форме №{i}: «Школа проектирования» — {school.ShortName}";
                    var agreement = new Agreement
                    {
                        Id = id,
                        Title = title,
                        SearchText = title.ToLowerInvariant(),
                        BaseOrganizationId = centre,
                        TermFrom = new DateOnly(2026, 9, 1),
                        TermTo = new DateOnly(2027, 5, 31),
                        Stage = Stages[random.Next(Stages.Length)],
                        NearestDueAtUtc = random.Next(4) == 0 ? null : now.AddHours(random.Next(-24 * 30, 24 * 30)),
                        WorkflowInstanceId = Guid.NewGuid(),
                        CreatedAtUtc = now.AddMinutes(-i),
                        UpdatedAtUtc = now,
                    };
                    agreement.Parties.Add(new AgreementParty { AgreementId = id, OrganizationId = centre, IsBase = true });
                    agreement.Parties.Add(new AgreementParty { AgreementId = id, OrganizationId = school.Id, Position = 1 });
                    db.Agreements.Add(agreement);
                }

                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                db.ChangeTracker.Clear();
            }
        }

        Console.WriteLine($"seeded {agreements:N0} agreements in {seeded.Elapsed.TotalSeconds:F1} s");
        await MeasureAsync(services, coordinator, "board, page 1, overdue first", q => q.ListAsync(coordinator, null, centre, null, null, null, null, 1, 50, CancellationToken.None));
        await MeasureAsync(services, coordinator, "board, stage filter, page 1", q => q.ListAsync(coordinator, "negotiation", centre, null, null, null, null, 1, 50, CancellationToken.None));
        await MeasureAsync(services, coordinator, "board, stage filter, page 20", q => q.ListAsync(coordinator, "negotiation", centre, null, null, null, null, 20, 50, CancellationToken.None));
        await MeasureAsync(services, coordinator, "board, text filter", q => q.ListAsync(coordinator, null, centre, null, "№4242", null, null, 1, 50, CancellationToken.None));
    }

    private static async Task MeasureAsync(IServiceProvider services, CurrentUser user, string name, Func<AgreementQueries, Task<AgreementPage>> query)
    {
        var times = new List<double>();
        for (var i = 0; i < 60; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<AgreementQueries>();
            var stopwatch = Stopwatch.StartNew();
            var page = await query(queries);
            stopwatch.Stop();
            if (i >= 10)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            if (page.Total == 0 && i == 0)
            {
                Console.WriteLine($"  ({name}: no rows matched)");
            }
        }

        times.Sort();
        Console.WriteLine($"{name}: p50 {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms");
    }
}
