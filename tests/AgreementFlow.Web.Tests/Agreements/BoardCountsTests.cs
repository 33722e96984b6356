using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.Data.Agreements;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AgreementFlow.Web.Tests.Agreements;

/// <summary>
/// The board's counts by stage come from a table kept by every save; these hold them equal to the agreements
/// themselves through a lifecycle, and the board's paging overdue first across the boundary, on both databases.
/// </summary>
public abstract class BoardCountsTests(AgreementFlowApp app)
{
    [Fact]
    public async Task TheCountsShown_EqualTheRealCounts_AfterCreatingAdvancingReturningAndArchiving()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var advanced = await s.DraftAgreementAsync();
        var returned = await s.DraftAgreementAsync();
        await s.DraftAgreementAsync();
        await ShouldShowRealCountsAsync(s, new() { ["drafting"] = 3 });

        (await s.AnswerAsync(advanced, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.AnswerAsync(advanced, "legal", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.AnswerAsync(returned, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ShouldShowRealCountsAsync(s, new() { ["drafting"] = 1, ["legal-review"] = 1, ["negotiation"] = 1 });

        (await s.AnswerAsync(returned, "legal", "return", "Нет раздела о ресурсах")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ShouldShowRealCountsAsync(s, new() { ["drafting"] = 2, ["negotiation"] = 1 });

        // One more goes all the way: active, then past its term expired and archived by the timers.
        var archived = await AgreementLifecycleTests.ActivateAsync(s, termTo: "2027-01-15");
        await ShouldShowRealCountsAsync(s, new() { ["drafting"] = 2, ["negotiation"] = 1, ["active"] = 1 });
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 16, 0, 0, 0, TimeSpan.Zero));
        (await app.RunDueTimersAsync()).Should().BeGreaterThan(0);
        await s.RenewSessionsAsync();
        (await s.StageAsync(archived)).Should().Be("archived");
        await ShouldShowRealCountsAsync(s, new() { ["drafting"] = 2, ["negotiation"] = 1, ["archived"] = 1 });
    }

    [Fact]
    public async Task Recounting_RepairsCountsThatWentWrong()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await s.DraftAgreementAsync();
        await s.DraftAgreementAsync();
        await using (var db = app.CreateDbContext())
        {
            // What SQL behind the application's back would leave: counts that no longer match the agreements.
            await db.AgreementStageCounts.Where(c => c.OrganizationId == s.Centre).ExecuteUpdateAsync(u => u.SetProperty(c => c.Count, 7));
            await db.AgreementStageCounts.Where(c => c.OrganizationId == s.School1).ExecuteDeleteAsync();
        }

        (await BoardAsync(s, "coordinator", s.Centre)).GetProperty("countsByStage").GetProperty("drafting").GetInt32().Should().Be(7);

        await using (var db = app.CreateDbContext())
        {
            await AgreementStageCounter.RecountAsync(db, CancellationToken.None);
        }

        await ShouldShowRealCountsAsync(s, new() { ["drafting"] = 2 });
    }

    [Fact]
    public async Task ASaveWhoseCountsFail_ChangesNothing_AndSavingAgainKeepsTheStageAndTheCountsTogether()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var failOnce = new FailFirstCountsUpsert();
        await using (var db = app.Database.CreateContext(failOnce))
        {
            var agreement = await db.Agreements.SingleAsync(a => a.Id == id);
            agreement.Stage = "legal-review";
            var first = async () => await db.SaveChangesAsync();
            await first.Should().ThrowAsync<InvalidOperationException>().WithMessage("*connection lost*");
            await ShouldShowRealCountsAsync(s, new() { ["drafting"] = 1 });

            // The same context, the same change, saved again once the database answers: nothing of it was lost.
            await db.SaveChangesAsync();
        }

        failOnce.Failures.Should().Be(1);
        await using (var db = app.CreateDbContext())
        {
            (await db.Agreements.Where(a => a.Id == id).Select(a => a.Stage).SingleAsync()).Should().Be("legal-review");
        }

        await ShouldShowRealCountsAsync(s, new() { ["legal-review"] = 1 });
    }

    /// <summary>Fails the first counts upsert as a dropped connection would, after the agreement's row was written in the same transaction.</summary>
    private sealed class FailFirstCountsUpsert : DbCommandInterceptor
    {
        public int Failures { get; private set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Failures == 0 && command.CommandText.StartsWith("INSERT INTO \"AgreementStageCounts\"", StringComparison.Ordinal))
            {
                Failures++;
                throw new InvalidOperationException("Simulated: connection lost while writing the board's counts.");
            }

            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task ThePages_ShowOverdueFirstByDeadline_ThenTheNewest_AcrossThePageBoundary()
    {
        var s = await NetworkScenario.CreateAsync(app);
        List<Guid> ids = [];
        for (var i = 0; i < 5; i++)
        {
            // A second apart: the ids are time-ordered, and "newest first" is by id.
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            ids.Add(await s.DraftAgreementAsync());
        }

        // Two of them late by different amounts, the others due later or without a deadline.
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await using (var db = app.CreateDbContext())
        {
            foreach (var (id, due) in new (Guid, DateTime?)[] { (ids[0], now.AddDays(3)), (ids[1], now.AddDays(-1)), (ids[2], null), (ids[3], now.AddDays(-5)), (ids[4], now.AddDays(1)) })
            {
                await db.Agreements.Where(a => a.Id == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.NearestDueAtUtc, due));
            }
        }

        List<Guid> expected = [ids[3], ids[1], ids[4], ids[2], ids[0]];
        List<Guid> seen = [];
        for (var page = 1; page <= 3; page++)
        {
            var board = await BoardAsync(s, "coordinator", s.Centre, $"&pageSize=2&page={page}");
            board.GetProperty("total").GetInt32().Should().Be(5);
            seen.AddRange(board.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        }

        seen.Should().Equal(expected, "the late ones come first, the most late first, then the rest newest first");
        (await BoardAsync(s, "coordinator", s.Centre, "&pageSize=2&page=4")).GetProperty("items").GetArrayLength().Should().Be(0);

        var late = await BoardAsync(s, "coordinator", s.Centre, "&overdue=true&pageSize=1&page=2");
        late.GetProperty("total").GetInt32().Should().Be(2);
        late.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().Equal(ids[1]);
        var onTime = await BoardAsync(s, "coordinator", s.Centre, "&overdue=false&pageSize=2&page=2");
        onTime.GetProperty("total").GetInt32().Should().Be(3);
        onTime.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().Equal(ids[0]);

        // A text search, sorted in memory, orders and counts the same way.
        var searched = await BoardAsync(s, "coordinator", s.Centre, $"&q={s.Suffix}&pageSize=3&page=1");
        searched.GetProperty("total").GetInt32().Should().Be(5);
        searched.GetProperty("countsByStage").GetProperty("drafting").GetInt32().Should().Be(5);
        searched.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().Equal(expected.Take(3));
    }

    private async Task ShouldShowRealCountsAsync(NetworkScenario s, Dictionary<string, int> expected)
    {
        foreach (var (person, organization) in new[] { ("coordinator", s.Centre), ("director1", s.School1), ("director2", s.School2) })
        {
            Dictionary<string, int> real;
            await using (var db = app.CreateDbContext())
            {
                real = await db.AgreementParties.Where(p => p.OrganizationId == organization)
                    .Join(db.Agreements, p => p.AgreementId, a => a.Id, (p, a) => a.Stage)
                    .GroupBy(stage => stage).Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count);
            }

            var board = await BoardAsync(s, person, organization);
            var shown = board.GetProperty("countsByStage").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
            shown.Should().BeEquivalentTo(real, $"{person}'s board counts what the database holds");
            shown.Should().BeEquivalentTo(expected);
            board.GetProperty("total").GetInt32().Should().Be(expected.Values.Sum());
            foreach (var (stage, count) in expected)
            {
                var filtered = await BoardAsync(s, person, organization, $"&stage={stage}");
                filtered.GetProperty("total").GetInt32().Should().Be(count, $"the {stage} chip's list holds as many as its count");
                filtered.GetProperty("items").GetArrayLength().Should().Be(count);
            }
        }
    }

    private static async Task<JsonElement> BoardAsync(NetworkScenario s, string person, Guid organization, string more = "")
    {
        var client = await s.ClientAsync(person);
        return await client.GetFromJsonAsync<JsonElement>($"/api/agreements?organizationId={organization}{more}");
    }
}

public sealed class BoardCountsTestsOnSqlite(SqliteApp app) : BoardCountsTests(app), IClassFixture<SqliteApp>;

public sealed class BoardCountsTestsOnPostgres(PostgresApp app) : BoardCountsTests(app), IClassFixture<PostgresApp>;
