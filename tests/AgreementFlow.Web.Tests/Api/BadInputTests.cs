using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AgreementFlow.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Api;

/// <summary>Bad input gets a 4xx that names the field, and the database is left as it was.</summary>
public abstract class BadInputTests(AgreementFlowApp app)
{
    private static readonly string TooLong = new('я', 501);

    public static TheoryData<string, string> BadOrganizations() => new()
    {
        { """{"fullName":"","shortName":"X","kind":"school","regionCode":"24","timeZone":"Asia/Krasnoyarsk"}""", "fullName" },
        { $$"""{"fullName":"{{TooLong}}","shortName":"X","kind":"school","regionCode":"24","timeZone":"Asia/Krasnoyarsk"}""", "fullName" },
        { """{"fullName":"Школа","shortName":"X","kind":"school","regionCode":"24","timeZone":"Europe/Atlantis"}""", "timeZone" },
        { """{"fullName":"Школа","shortName":"X","kind":"school","regionCode":"24","timeZone":"Russian Standard Time"}""", "timeZone" },
        { """{"fullName":"Школа","shortName":"X","kind":"university","regionCode":"24","timeZone":"Asia/Krasnoyarsk"}""", "kind" },
        { """{"fullName":"Школа","shortName":"X","kind":"school","regionCode":"Красноярск","timeZone":"Asia/Krasnoyarsk"}""", "regionCode" },
        { """{"fullName":"Школа","shortName":"X","kind":"school","regionCode":"24","timeZone":"Asia/Krasnoyarsk","inn":"1234567890"}""", "inn" },
        { """{"fullName":"Школа","shortName":"X","kind":"school","regionCode":"24","timeZone":"Asia/Krasnoyarsk","email":"not-an-address"}""", "email" },
    };

    [Theory]
    [MemberData(nameof(BadOrganizations))]
    public async Task CreateOrganization_WithABadField_Returns400NamingIt_AndStoresNothing(string json, string field)
    {
        var admin = await app.SignInAsAdminAsync();
        var before = await CountAsync();

        var response = await admin.PostAsync("/api/organizations", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out var messages).Should().BeTrue(problem.ToString());
        messages.EnumerateArray().Should().NotBeEmpty();
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task CreateOrganization_WithSeveralBadFields_ReportsThemAllAtOnce()
    {
        var admin = await app.SignInAsAdminAsync();

        var response = await admin.PostAsJsonAsync("/api/organizations", new { timeZone = "Mars/Olympus" });

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().Contain(["fullName", "shortName", "kind", "regionCode", "timeZone"]);
    }

    [Fact]
    public async Task MalformedJson_Returns400WithAProblem_NotA500()
    {
        var admin = await app.SignInAsAdminAsync();
        var before = await CountAsync();

        var response = await admin.PostAsync("/api/organizations", new StringContent("""{"fullName": """, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("\"status\":400").And.NotContain(" at AgreementFlow", "no stack trace leaves the server");
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task WrongJsonType_Returns400NamingThePath()
    {
        var admin = await app.SignInAsAdminAsync();

        var response = await admin.PostAsync("/api/programs", new StringContent("""{"name":"Агрошкола","hours":"many"}""", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("$.hours");
    }

    [Fact]
    public async Task DuplicateEmail_Returns409NamingTheField_AndTheFirstPersonIsUntouched()
    {
        var admin = await app.SignInAsAdminAsync();
        var email = $"twice-{Guid.NewGuid():N}@test.agreementflow";
        (await admin.PostAsJsonAsync("/api/people", new { fullName = "Первый", email, password = "Password-One-1" })).EnsureSuccessStatusCode();

        var response = await admin.PostAsJsonAsync("/api/people", new { fullName = "Второй", email = email.ToUpperInvariant(), password = "Password-Two-2" });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("email", out _).Should().BeTrue();
        await using var db = app.CreateDbContext();
        (await db.People.Where(p => p.Email == email).Select(p => p.FullName).ToListAsync()).Should().Equal("Первый");
    }

    [Fact]
    public async Task DuplicateShortName_Returns409()
    {
        var admin = await app.SignInAsAdminAsync();
        var name = "Дубль " + Guid.NewGuid().ToString("N")[..8];
        var body = new { fullName = "МБОУ «Дубль»", shortName = name, kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk" };
        (await admin.PostAsJsonAsync("/api/organizations", body)).StatusCode.Should().Be(HttpStatusCode.Created);

        (await admin.PostAsJsonAsync("/api/organizations", body)).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task PersonWithAShortPasswordAndAnUnknownOrganization_Returns400WithBoth_AndNoPerson()
    {
        var admin = await app.SignInAsAdminAsync();
        var email = $"weak-{Guid.NewGuid():N}@test.agreementflow";

        var response = await admin.PostAsJsonAsync("/api/people", new
        {
            fullName = "Слабый Пароль",
            email,
            password = "short",
            memberships = new[] { new { organizationId = Guid.NewGuid(), role = "director" }, new { organizationId = Guid.NewGuid(), role = "janitor" } },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().Contain(["password", "memberships[0].organizationId", "memberships[1].role"]);
        await using var db = app.CreateDbContext();
        (await db.People.AnyAsync(p => p.Email == email)).Should().BeFalse();
    }

    [Fact]
    public async Task DeletingAnOrganizationWithPeople_Returns409WithTheReason_AndKeepsIt()
    {
        var admin = await app.SignInAsAdminAsync();
        var organization = await AuthorizationWorld.IdOfAsync(await admin.PostAsJsonAsync("/api/organizations", new
        {
            fullName = "МБОУ «Занятая школа»", shortName = "Занятая " + Guid.NewGuid().ToString("N")[..8], kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        }));
        (await admin.PostAsJsonAsync("/api/people", new
        {
            fullName = "Работник", email = $"worker-{Guid.NewGuid():N}@test.agreementflow", password = "Password-Worker-1",
            memberships = new[] { new { organizationId = organization, role = "clerk" } },
        })).EnsureSuccessStatusCode();

        var response = await admin.DeleteAsync($"/api/organizations/{organization}");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("1");
        await using var db = app.CreateDbContext();
        (await db.Organizations.AnyAsync(o => o.Id == organization)).Should().BeTrue();
    }

    [Fact]
    public async Task UnknownIds_Return404Problems()
    {
        var admin = await app.SignInAsAdminAsync();

        var response = await admin.GetAsync($"/api/organizations/{Guid.NewGuid()}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task CalendarWithADateOfAnotherYear_Returns400_AndKeepsTheOldDays()
    {
        var admin = await app.SignInAsAdminAsync();
        (await admin.PutAsJsonAsync("/api/calendar/42/2026", new { days = new[] { new { date = "2026-03-10", kind = "nonWorking" } } })).EnsureSuccessStatusCode();

        var response = await admin.PutAsJsonAsync("/api/calendar/42/2026", new { days = new[] { new { date = "2027-01-12", kind = "nonWorking" } } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var year = await admin.GetFromJsonAsync<JsonElement>("/api/calendar/42/2026");
        year.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()).Should().Equal("2026-03-10");
    }

    private async Task<(int Organizations, int People, int Programs)> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return (await db.Organizations.CountAsync(), await db.People.CountAsync(), await db.Programs.CountAsync());
    }
}

public sealed class BadInputTestsOnSqlite(SqliteApp app) : BadInputTests(app), IClassFixture<SqliteApp>;

public sealed class BadInputTestsOnPostgres(PostgresApp app) : BadInputTests(app), IClassFixture<PostgresApp>;
