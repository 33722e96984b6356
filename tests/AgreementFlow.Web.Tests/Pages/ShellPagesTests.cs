using System.Net;
using AgreementFlow.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Pages;

public abstract class ShellPagesTests(AgreementFlowApp app)
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task SignInForm_SignsIn_AndTheHomePageGreetsThePersonInRussian()
    {
        var client = app.CreateAnonymousClient();

        var response = await PageForms.PostAsync(client, "/account/signin", [F("Email", AgreementFlowApp.AdminEmail), F("Password", AgreementFlowApp.AdminPassword)]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var home = await client.GetStringAsync("/");
        home.Should().Contain("Здравствуйте, Администратор!").And.Contain("<html lang=\"ru\">").And.Contain("href=\"/admin/organizations\"");
    }

    [Fact]
    public async Task SignInForm_WithAWrongPassword_SaysSo_AndStaysOnThePage()
    {
        var client = app.CreateAnonymousClient();

        var response = await PageForms.PostAsync(client, "/account/signin", [F("Email", AgreementFlowApp.AdminEmail), F("Password", "nope")]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Неверный e-mail или пароль.");
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryToken_IsRefused()
    {
        var client = app.CreateAnonymousClient();
        await client.GetAsync("/account/signin");

        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent([F("Email", AgreementFlowApp.AdminEmail), F("Password", AgreementFlowApp.AdminPassword)]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ThePagesSwitchToEnglish_OnTheSignInPage()
    {
        var client = app.CreateAnonymousClient();

        await PageForms.PostAsync(client, "/account/signin", [F("language", "en")], "/account/signin?handler=Language");

        (await client.GetStringAsync("/account/signin")).Should().Contain("Sign in to AgreementFlow").And.Contain("<html lang=\"en\">");
    }

    [Fact]
    public async Task AdminPages_SendStrangersToSignIn_AndOtherRolesToAnExplanation()
    {
        var anonymous = await app.CreateAnonymousClient().GetAsync("/admin/organizations");
        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.Should().Contain("/account/signin");

        var admin = await app.SignInAsAdminAsync();
        var organization = await IdOf(await admin.PostAsync("/api/organizations", System.Net.Http.Json.JsonContent.Create(new
        {
            fullName = "МБОУ «Страница»", shortName = "Страница " + Guid.NewGuid().ToString("N")[..6], kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        })));
        var email = $"page-director-{Guid.NewGuid():N}@test.agreementflow";
        (await admin.PostAsync("/api/people", System.Net.Http.Json.JsonContent.Create(new
        {
            fullName = "Директор Страницы", email, password = "Director-Pass-1",
            memberships = new[] { new { organizationId = organization, role = "director" } },
        }))).EnsureSuccessStatusCode();
        var director = await app.SignInAsync(email, "Director-Pass-1");

        var denied = await director.GetAsync("/admin/people");
        denied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        denied.Headers.Location!.OriginalString.Should().Contain("/account/denied");
        var explanation = await director.GetAsync(denied.Headers.Location);
        explanation.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await explanation.Content.ReadAsStringAsync()).Should().Contain("Нет доступа");
    }

    [Fact]
    public async Task TheOrganizationForm_ShowsErrorsNextToFields_ThenSaves()
    {
        var admin = await app.SignInAsAdminAsync();
        var shortName = "Формовая " + Guid.NewGuid().ToString("N")[..6];

        var invalid = await PageForms.PostAsync(admin, "/admin/organizations/edit",
            [F("Input.FullName", ""), F("Input.ShortName", shortName), F("Input.Kind", "school"), F("Input.RegionCode", "24"), F("Input.TimeZone", "Pluto/Base")]);

        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await invalid.Content.ReadAsStringAsync();
        page.Should().Contain("Заполните это поле.").And.Contain("Неизвестный часовой пояс «Pluto/Base»");
        await using (var db = app.CreateDbContext())
        {
            (await db.Organizations.AnyAsync(o => o.ShortName == shortName)).Should().BeFalse();
        }

        var valid = await PageForms.PostAsync(admin, "/admin/organizations/edit",
            [F("Input.FullName", "МБОУ «Формовая школа»"), F("Input.ShortName", shortName), F("Input.Kind", "school"), F("Input.RegionCode", "24"), F("Input.TimeZone", "Asia/Krasnoyarsk")]);

        valid.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await admin.GetStringAsync("/admin/organizations")).Should().Contain(shortName).And.Contain("сохранена");
    }

    [Fact]
    public async Task AnUnknownPage_ExplainsItself()
    {
        var admin = await app.SignInAsAdminAsync();

        var response = await admin.GetAsync("/no-such-page");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Страница не найдена");
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
}

public sealed class ShellPagesTestsOnSqlite(SqliteApp app) : ShellPagesTests(app), IClassFixture<SqliteApp>;

public sealed class ShellPagesTestsOnPostgres(PostgresApp app) : ShellPagesTests(app), IClassFixture<PostgresApp>;
