using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.TestSupport;

namespace AgreementFlow.Web.Tests.Api;

/// <summary>Every admin endpoint against a stranger, an administrator and each role of another organisation.</summary>
public abstract class AuthorizationMatrixTests(AgreementFlowApp app)
{
    private static readonly ConcurrentDictionary<AgreementFlowApp, Lazy<Task<AuthorizationWorld>>> Worlds = new();

    /// <summary>An endpoint call, built fresh for each principal (deletes need something of their own to delete).</summary>
    public sealed record EndpointCase(string Name, Func<AuthorizationWorld, Task<HttpRequestMessage>> Build, HttpStatusCode AdminStatus, HttpStatusCode OtherOrganizationStatus)
    {
        public override string ToString() => Name;
    }

    private static readonly HttpStatusCode Ok = HttpStatusCode.OK;
    private static readonly HttpStatusCode Forbidden = HttpStatusCode.Forbidden;

    public static readonly EndpointCase[] Endpoints =
    [
        new("GET organizations", _ => Get("/api/organizations"), Ok, Ok),
        new("GET organization of A", w => Get($"/api/organizations/{w.OrganizationA}"), Ok, Ok),
        new("POST organization", _ => Send(HttpMethod.Post, "/api/organizations", new
        {
            fullName = "МБОУ «Новая школа»", shortName = "Новая " + Guid.NewGuid().ToString("N")[..8], kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        }), HttpStatusCode.Created, Forbidden),
        new("PUT organization of A", w => Send(HttpMethod.Put, $"/api/organizations/{w.OrganizationA}", new
        {
            fullName = "МБОУ «Школа A» (обновлено)", shortName = "Школа A " + w.Suffix, kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        }), Ok, Forbidden),
        new("DELETE an unused organization", async w => await Delete($"/api/organizations/{await w.CreateOrganizationAsync("Удаляемая")}"), HttpStatusCode.NoContent, Forbidden),
        new("GET people", _ => Get("/api/people"), Ok, Ok),
        new("GET person of A", w => Get($"/api/people/{w.PersonOfA}"), Ok, Forbidden),
        new("POST person", w => Send(HttpMethod.Post, "/api/people", new
        {
            fullName = "Новый Сотрудник", email = $"new-{Guid.NewGuid():N}@matrix.test", password = "Long-Enough-1",
            memberships = new[] { new { organizationId = w.OrganizationA, role = "clerk" } },
        }), HttpStatusCode.Created, Forbidden),
        new("PUT person of A", w => Send(HttpMethod.Put, $"/api/people/{w.PersonOfA}", new
        {
            fullName = "Координатор A", email = w.CoordinatorOfA,
            memberships = new[] { new { organizationId = w.OrganizationA, role = "coordinator" } },
        }), Ok, Forbidden),
        new("DELETE a person of A", async w => await Delete($"/api/people/{await w.CreatePersonAsync($"gone-{Guid.NewGuid():N}@matrix.test", w.OrganizationA, "clerk")}"), HttpStatusCode.NoContent, Forbidden),
        new("GET programs", _ => Get("/api/programs"), Ok, Ok),
        new("GET program of A", w => Get($"/api/programs/{w.ProgramOfA}"), Ok, Ok),
        new("POST program for A", w => Send(HttpMethod.Post, "/api/programs", AuthorizationWorld.ProgramBody(w.OrganizationA)), HttpStatusCode.Created, Forbidden),
        new("PUT program of A", w => Send(HttpMethod.Put, $"/api/programs/{w.ProgramOfA}", AuthorizationWorld.ProgramBody(w.OrganizationA)), Ok, Forbidden),
        new("DELETE a program of A", async w => await Delete($"/api/programs/{await w.CreateProgramAsync(w.OrganizationA)}"), HttpStatusCode.NoContent, Forbidden),
        new("GET calendars", _ => Get("/api/calendar"), Ok, Ok),
        new("GET calendar RU 2026", _ => Get("/api/calendar/RU/2026"), Ok, Ok),
        new("PUT calendar 24 2026", _ => Send(HttpMethod.Put, "/api/calendar/24/2026", new
        {
            days = new[] { new { date = "2026-09-01", kind = "nonWorking", note = "Региональный день" } },
        }), Ok, Forbidden),
        new("DELETE calendar 77 2026", async w =>
        {
            (await w.Admin.PutAsJsonAsync("/api/calendar/77/2026", new { days = new[] { new { date = "2026-09-02", kind = "nonWorking" } } })).EnsureSuccessStatusCode();
            return await Delete("/api/calendar/77/2026");
        }, HttpStatusCode.NoContent, Forbidden),
    ];

    private static readonly string[] Principals = ["anonymous", "admin", .. AuthorizationWorld.Roles];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in Endpoints)
        {
            foreach (var principal in Principals)
            {
                data.Add(endpoint.Name, principal);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_AnswersEachPrincipalAsItsPolicySays(string endpoint, string principal)
    {
        var world = await WorldAsync();
        var testCase = Endpoints.Single(e => e.Name == endpoint);
        var expected = principal switch
        {
            "anonymous" => HttpStatusCode.Unauthorized,
            "admin" => testCase.AdminStatus,
            _ => testCase.OtherOrganizationStatus,
        };
        var client = await world.ClientAsync(principal);

        using var request = await testCase.Build(world);
        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(expected, "{0} as {1}: {2}", endpoint, principal, await response.Content.ReadAsStringAsync());
        if ((int)expected >= 400)
        {
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        }
    }

    [Fact]
    public async Task People_OfAnotherOrganization_AreNotListed()
    {
        var world = await WorldAsync();
        var director = await world.ClientAsync("director");

        var people = await director.GetFromJsonAsync<JsonElement[]>("/api/people");

        people!.Select(p => p.GetProperty("email").GetString()).Should().NotContain(world.CoordinatorOfA)
            .And.Contain(world.EmailOfB("director"));
    }

    [Fact]
    public async Task ACoordinator_ManagesTheProgramsOfTheirOwnOrganization()
    {
        var world = await WorldAsync();
        var coordinatorOfA = await world.App.SignInAsync(world.CoordinatorOfA, AuthorizationWorld.Password);

        var created = await coordinatorOfA.PostAsJsonAsync("/api/programs", AuthorizationWorld.ProgramBody(world.OrganizationA));
        created.StatusCode.Should().Be(HttpStatusCode.Created);

        var moved = await coordinatorOfA.PutAsJsonAsync($"/api/programs/{await AuthorizationWorld.IdOfAsync(created)}", AuthorizationWorld.ProgramBody(world.OrganizationB));
        moved.StatusCode.Should().Be(HttpStatusCode.Forbidden, "moving a programme to another organisation needs the right to manage that one");
    }

    private Task<AuthorizationWorld> WorldAsync() =>
        Worlds.GetOrAdd(app, a => new Lazy<Task<AuthorizationWorld>>(() => AuthorizationWorld.CreateAsync(a))).Value;

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static Task<HttpRequestMessage> Delete(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Delete, url));

    private static Task<HttpRequestMessage> Send(HttpMethod method, string url, object body) =>
        Task.FromResult(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) });
}

public sealed class AuthorizationMatrixTestsOnSqlite(SqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationMatrixTestsOnPostgres(PostgresApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresApp>;
