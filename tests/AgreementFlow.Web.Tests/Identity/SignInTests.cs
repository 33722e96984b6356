using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Identity;

public abstract class SignInTests(AgreementFlowApp app)
{
    [Fact]
    public async Task Login_WithTheBootstrappedAdmin_StartsASessionThatMeDescribes()
    {
        var client = await app.SignInAsAdminAsync();

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        me.GetProperty("person").GetProperty("email").GetString().Should().Be(AgreementFlowApp.AdminEmail);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Contain("administrator");
        me.GetProperty("person").TryGetProperty("passwordHash", out _).Should().BeFalse("no hash ever leaves the server");
    }

    [Fact]
    public async Task Login_WithAWrongPassword_Returns401AndNoCookie()
    {
        var client = app.CreateAnonymousClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = AgreementFlowApp.AdminEmail, password = "wrong-password" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
        (await client.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_WithMissingFields_Returns400NamingThem()
    {
        var response = await app.CreateAnonymousClient().PostAsJsonAsync("/api/auth/login", new { email = "" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("email", out _).Should().BeTrue();
        problem.GetProperty("errors").TryGetProperty("password", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var client = await app.SignInAsAdminAsync();

        (await client.PostAsync("/api/auth/logout", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await client.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task FiveFailures_LockTheAccount_EvenForTheRightPassword_UntilTheLockoutEnds()
    {
        var admin = await app.SignInAsAdminAsync();
        const string email = "lockout@test.agreementflow";
        const string password = "Correct-Horse-1";
        (await admin.PostAsJsonAsync("/api/people", new { fullName = "Блокируемый Пользователь", email, password })).EnsureSuccessStatusCode();
        var client = app.CreateAnonymousClient();

        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong" });
        }

        var locked = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        locked.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        locked.Headers.RetryAfter.Should().NotBeNull();

        app.Clock.Advance(TimeSpan.FromMinutes(16));
        (await client.PostAsJsonAsync("/api/auth/login", new { email, password })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AdminBootstrap_CreatedExactlyOneAdministrator_AndARestartDoesNotResetItsPassword()
    {
        await using (var db = app.CreateDbContext())
        {
            (await db.People.CountAsync(p => p.IsAdministrator)).Should().Be(1);
        }

        // Change the admin's password, then start a second app on the same database with the same settings.
        var admin = await app.SignInAsAdminAsync();
        await using (var db = app.CreateDbContext())
        {
            var person = await db.People.SingleAsync(p => p.Email == AgreementFlowApp.AdminEmail);
            var updated = await admin.PutAsJsonAsync($"/api/people/{person.Id}", new
            {
                fullName = person.FullName,
                email = person.Email,
                isAdministrator = true,
                password = "Changed-Password-2026",
            });
            updated.EnsureSuccessStatusCode();
        }

        using var restarted = app.WithWebHostBuilder(_ => { });
        _ = restarted.Server;

        var client = app.CreateAnonymousClient();
        (await client.PostAsJsonAsync("/api/auth/login", new { email = AgreementFlowApp.AdminEmail, password = AgreementFlowApp.AdminPassword }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the bootstrap never overwrites an existing administrator");
        (await client.PostAsJsonAsync("/api/auth/login", new { email = AgreementFlowApp.AdminEmail, password = "Changed-Password-2026" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        // Put the password back for the other tests of this fixture.
        await using (var db = app.CreateDbContext())
        {
            var person = await db.People.SingleAsync(p => p.Email == AgreementFlowApp.AdminEmail);
            var back = await client.PutAsJsonAsync($"/api/people/{person.Id}", new
            {
                fullName = person.FullName,
                email = person.Email,
                isAdministrator = true,
                password = AgreementFlowApp.AdminPassword,
            });
            back.EnsureSuccessStatusCode();
        }
    }
}

public sealed class SignInTestsOnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

public sealed class SignInTestsOnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
