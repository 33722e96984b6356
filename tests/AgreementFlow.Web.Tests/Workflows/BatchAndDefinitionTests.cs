using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Api;

namespace AgreementFlow.Web.Tests.Workflows;

public abstract class BatchAndDefinitionTests(AgreementFlowApp app)
{
    [Fact]
    public async Task ABatch_CreatesOneAgreementPerPartner_InTheBackground_AndReportsProgress()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var third = await AuthorizationWorld.IdOfAsync(await s.Admin.PostAsJsonAsync("/api/organizations", new
        {
            fullName = "МКОУ «Тугачинская СОШ» " + s.Suffix, shortName = "Тугач " + s.Suffix, kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        }));
        var coordinator = await s.ClientAsync("coordinator");

        var response = await coordinator.PostAsJsonAsync("/api/agreements/batch", new
        {
            baseOrganizationId = s.Centre,
            partnerOrganizationIds = new[] { s.School1, s.School2, third },
            programIds = new[] { s.Program },
            term = new { from = "2027-01-10", to = "2027-05-31" },
            data = new { students = 12 },
        });

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        started.GetProperty("agreementIds").GetArrayLength().Should().Be(3);
        var batchId = started.GetProperty("batchId").GetGuid();
        JsonElement progress = default;
        for (var i = 0; i < 100; i++)
        {
            progress = await coordinator.GetFromJsonAsync<JsonElement>($"/api/agreements/batches/{batchId}");
            if (progress.GetProperty("status").GetString() != "pending")
            {
                break;
            }

            await Task.Delay(100);
        }

        progress.GetProperty("status").GetString().Should().Be("completed");
        progress.GetProperty("created").GetInt32().Should().Be(3);
        progress.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("stage").GetString()).Should().AllBe("drafting");
        (await (await s.ClientAsync("director2")).GetAsync($"/api/agreements/batches/{batchId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ABatchWithAnUnknownPartner_IsRefusedWhole_NamingIt()
    {
        var s = await NetworkScenario.CreateAsync(app);

        var response = await (await s.ClientAsync("coordinator")).PostAsJsonAsync("/api/agreements/batch", new
        {
            baseOrganizationId = s.Centre,
            partnerOrganizationIds = new[] { s.School1, Guid.NewGuid() },
            programIds = new[] { s.Program },
            term = new { from = "2027-01-10", to = "2027-05-31" },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("partnerOrganizationIds[1]", out _).Should().BeTrue();
    }

    [Fact]
    public async Task TheDefinitions_AreListed_AndTheDiagramHighlightsTheCurrentStage()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        await s.AnswerAsync(id, "coordinator", "submit");
        var coordinator = await s.ClientAsync("coordinator");

        var list = await coordinator.GetFromJsonAsync<JsonElement[]>("/api/workflow-definitions");
        list!.Select(d => d.GetProperty("id").GetString()).Should().Contain(["network-agreement", "agreement-amendment", "credit-transfer"]);
        var definition = await coordinator.GetFromJsonAsync<JsonElement>("/api/workflow-definitions/network-agreement/versions/1");
        definition.GetProperty("stages").EnumerateArray().Select(st => st.GetProperty("id").GetString())
            .Should().ContainInOrder("drafting", "legal-review", "negotiation", "approval", "signing", "active", "archived");

        var link = (await s.AgreementAsync(id)).GetProperty("links").GetProperty("diagram").GetString()!;
        var response = await coordinator.GetAsync(link);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var highlighted = svg.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains("current") == true).ToList();
        highlighted.Should().NotBeEmpty();
        string.Concat(highlighted.Select(e => e.Value)).Should().Contain("Юридическая проверка");

        (await (await s.ClientAsync("director2")).GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.OK, "partners see the route too");
    }
}

public sealed class BatchAndDefinitionTestsOnSqlite(SqliteApp app) : BatchAndDefinitionTests(app), IClassFixture<SqliteApp>;

public sealed class BatchAndDefinitionTestsOnPostgres(PostgresApp app) : BatchAndDefinitionTests(app), IClassFixture<PostgresApp>;
