using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AgreementFlow.Web.Tests.Workflows;

/// <summary>A new version is published beside the old: running instances keep theirs until an admin migrates them.</summary>
public abstract class VersionMigrationTests(TwoVersionApp app)
{
    [Fact]
    public async Task AfterV2IsPublished_InstancesKeepV1_UntilAMigrationWithAStageMapMovesThem()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var drafting = await s.DraftAgreementAsync();
        var negotiating = await s.DraftAgreementAsync();
        await s.AnswerAsync(negotiating, "coordinator", "submit");
        await s.AnswerAsync(negotiating, "legal", "approve");
        (await s.StageAsync(negotiating)).Should().Be("negotiation");

        app.PublishVersion2();
        using var upgraded = app.WithWebHostBuilder(_ => { });
        var admin = upgraded.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        (await admin.PostAsJsonAsync("/api/auth/login", new { email = AgreementFlowApp.AdminEmail, password = AgreementFlowApp.AdminPassword })).EnsureSuccessStatusCode();
        var migrations = "/api/workflow-definitions/network-agreement/migrations";

        (await admin.GetFromJsonAsync<JsonElement>($"/api/agreements/{negotiating}")).GetProperty("definition").GetString()
            .Should().Be("network-agreement.v1", "publishing a version changes no running instance");

        var dryRun = await admin.PostAsJsonAsync(migrations, new { fromVersion = 1, toVersion = 2, dryRun = true });
        var plan = (await dryRun.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instances").EnumerateArray().ToList();
        Change(plan, drafting).Should().Be("keep");
        Change(plan, negotiating).Should().Be("blocked");

        var refused = await admin.PostAsJsonAsync(migrations, new { fromVersion = 1, toVersion = 2, dryRun = false });
        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/agreements/{negotiating}")).GetProperty("definition").GetString().Should().Be("network-agreement.v1");

        var map = new Dictionary<string, string> { ["negotiation"] = "negotiation-round" };
        var applied = await admin.PostAsJsonAsync(migrations, new { fromVersion = 1, toVersion = 2, stageMap = map, dryRun = false });
        applied.StatusCode.Should().Be(HttpStatusCode.OK, await applied.Content.ReadAsStringAsync());

        var moved = await admin.GetFromJsonAsync<JsonElement>($"/api/agreements/{negotiating}");
        moved.GetProperty("definition").GetString().Should().Be("network-agreement.v2");
        moved.GetProperty("stage").GetString().Should().Be("negotiation-round");
        moved.GetProperty("tasks").EnumerateArray().Count(t => t.GetProperty("status").GetString() == "open").Should().Be(2, "each partner reviews in the new stage");
        var kept = await admin.GetFromJsonAsync<JsonElement>($"/api/agreements/{drafting}");
        kept.GetProperty("stage").GetString().Should().Be("drafting");
        kept.GetProperty("tasks").EnumerateArray().Count(t => t.GetProperty("taskId").GetString() == "prepare").Should().Be(1, "a kept stage's task is not created again");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/agreements/{negotiating}/journal/verify")).GetProperty("intact").GetBoolean().Should().BeTrue();

        var director = await s.ClientAsync("director");
        (await director.PostAsJsonAsync(migrations, new { fromVersion = 1, toVersion = 2, dryRun = true })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static string? Change(List<JsonElement> plan, Guid subject) =>
        plan.Single(p => p.GetProperty("subjectId").GetGuid() == subject).GetProperty("change").GetString();
}

public sealed class VersionMigrationTestsOnSqlite(SqliteTwoVersionApp app) : VersionMigrationTests(app), IClassFixture<SqliteTwoVersionApp>;

public sealed class VersionMigrationTestsOnPostgres(PostgresTwoVersionApp app) : VersionMigrationTests(app), IClassFixture<PostgresTwoVersionApp>;
