using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Web.Tests.Demo;

public abstract class DemoSeedTests(DemoApp app)
{
    [Fact]
    public async Task DemoMode_SeedsTheNetworkOfTheSeeds()
    {
        await using var db = app.CreateDbContext();

        var centre = await db.Organizations.SingleAsync(o => o.ShortName == "МБОУ ДО «Саянский РЦДТ»");
        centre.TimeZoneId.Should().Be("Asia/Krasnoyarsk");
        (await db.Organizations.CountAsync(o => o.RegionCode == "24" && o.Kind == OrganizationKind.School)).Should().Be(10);
        (await db.Programs.Where(p => p.OwnerOrganizationId == centre.Id).Select(p => p.Name).ToListAsync())
            .Should().Contain(["Школа проектирования", "Своё дело", "Путешествие по Саянскому району", "Агрошкола"]);
        (await db.Memberships.Select(m => m.Role).Distinct().ToListAsync()).Should().BeEquivalentTo(Enum.GetValues<OrganizationRole>());
    }

    [Fact]
    public async Task DemoMode_OpensOnALivedInSystem_AgreementsInEveryStage_SomeOverdue_AndACohort()
    {
        var coordinator = await app.SignInAsync("coordinator@sayan-cdt.demo", DemoApp.DemoPassword);

        var board = await coordinator.GetFromJsonAsync<JsonElement>("/api/agreements?pageSize=50");

        board.GetProperty("total").GetInt32().Should().Be(10, "one agreement with each of the ten schools");
        board.GetProperty("countsByStage").EnumerateObject().Select(c => c.Name).Should()
            .Contain(["drafting", "legal-review", "negotiation", "approval", "signing", "active", "archived"]);
        board.GetProperty("items").EnumerateArray().Should().Contain(i => i.GetProperty("overdue").GetBoolean());
        var clerk = await app.SignInAsync("clerk@asosh1.demo", DemoApp.DemoPassword);
        var transfers = await clerk.GetFromJsonAsync<JsonElement[]>("/api/credit-transfers");
        transfers!.Should().ContainSingle(t => t.GetProperty("students").GetInt32() == 6 && t.GetProperty("stage").GetString() == "comparison");

        Guid batchId;
        await using (var db = app.CreateDbContext())
        {
            batchId = await db.AgreementBatches.Select(b => b.Id).SingleAsync();
        }

        var progress = await coordinator.GetFromJsonAsync<JsonElement>($"/api/agreements/batches/{batchId}");
        progress.GetProperty("total").GetInt32().Should().Be(10, "the centre's ten schools were drafted as one batch");
        progress.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("stage").GetString()).Distinct().Count().Should().BeGreaterThan(5, "the schools stand at different stages");
        (await coordinator.GetStringAsync($"/agreements/batches/{batchId}")).Should().Contain("МКОУ Тугачинская СОШ");
    }

    [Fact]
    public async Task TheCreditTransferPage_ListsTheSchoolsCohort_ForItsClerk_AndNotForAnotherSchool()
    {
        var clerk = await app.SignInAsync("clerk@asosh1.demo", DemoApp.DemoPassword);
        var page = await clerk.GetStringAsync("/credit-transfers");
        page.Should().Contain("«Школа проектирования» → Внеурочная деятельность").And.Contain("Сопоставление результатов");

        var stranger = await app.SignInAsync("clerk@sosh70.demo", DemoApp.DemoPassword);
        (await stranger.GetStringAsync("/credit-transfers")).Should().NotContain("Школа проектирования");
    }

    [Fact]
    public async Task SeedingAgain_CreatesNothingTwice()
    {
        var before = await CountAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);

        added.Should().Be(0);
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task ADemoDirector_SignsInWithTheSharedPassword_AndSeesTheirOrganization()
    {
        var client = await app.SignInAsync("director@sayan-cdt.demo", DemoApp.DemoPassword);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Contain("director");
        me.GetProperty("person").GetProperty("memberships")[0].GetProperty("organizationName").GetString().Should().Be("МБОУ ДО «Саянский РЦДТ»");
        var home = await client.GetStringAsync("/");
        home.Should().Contain("Саянский РЦДТ").And.Contain("Asia/Krasnoyarsk");
    }

    [Fact]
    public async Task WithoutDemoMode_NoDemoDataIsCreated()
    {
        var plain = app.Provider == DatabaseProvider.Sqlite ? (AgreementFlowApp)new SqliteApp() : new PostgresApp();
        await ((Xunit.IAsyncLifetime)plain).InitializeAsync();
        try
        {
            await using var db = plain.CreateDbContext();
            (await db.Organizations.CountAsync()).Should().Be(0);
            (await db.People.CountAsync()).Should().Be(1, "only the bootstrapped administrator");
            (await plain.CreateAnonymousClient().PostAsJsonAsync("/api/auth/login", new { email = "director@sayan-cdt.demo", password = DemoApp.DemoPassword }))
                .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)plain).DisposeAsync();
        }
    }

    private async Task<(int, int, int, int)> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return (await db.Organizations.CountAsync(), await db.People.CountAsync(), await db.Memberships.CountAsync(), await db.Programs.CountAsync());
    }
}

public sealed class DemoSeedTestsOnSqlite(SqliteDemoApp app) : DemoSeedTests(app), IClassFixture<SqliteDemoApp>;

public sealed class DemoSeedTestsOnPostgres(PostgresDemoApp app) : DemoSeedTests(app), IClassFixture<PostgresDemoApp>;
