using System.Net;
using System.Text.Json;
using AgreementFlow.TestSupport;

namespace AgreementFlow.Web.Tests.Api;

public abstract class ServiceEndpointsTests(AgreementFlowApp app)
{
    [Fact]
    public async Task Health_IsOk_WhenTheDatabaseAnswers()
    {
        var response = await app.CreateAnonymousClient().GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheOpenApiDocument_ListsEveryResource_WithoutSignIn()
    {
        var response = await app.CreateAnonymousClient().GetAsync("/openapi/v1.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths")
            .EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain([
            "/api/auth/login", "/api/auth/logout", "/api/me", "/api/organizations", "/api/organizations/{id}",
            "/api/people", "/api/people/{id}", "/api/programs", "/api/programs/{id}", "/api/calendar", "/api/calendar/{region}/{year}",
        ]);
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var response = await app.CreateAnonymousClient().GetAsync("/swagger/index.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("swagger-ui");
    }
}

public sealed class ServiceEndpointsTestsOnSqlite(SqliteApp app) : ServiceEndpointsTests(app), IClassFixture<SqliteApp>;

public sealed class ServiceEndpointsTestsOnPostgres(PostgresApp app) : ServiceEndpointsTests(app), IClassFixture<PostgresApp>;
