using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Mail.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests;

/// <summary>A partner's contact on a phone: the link from the e-mail in the mailbox, one button, and their work page.</summary>
public sealed partial class PartnerLinkJourneyTests(PartnerBrowserApp app) : IClassFixture<PartnerBrowserApp>
{
    private const string Password = "Journey-Pass-1";

    [Fact]
    public async Task APartnerWithoutAnAccount_OpensTheLinkFromTheMailbox_OnAPhone_AndLandsOnTheirReview()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = app.CreateApiClient();
        (await admin.PostAsJsonAsync("/api/auth/login", new { email = AgreementFlowApp.AdminEmail, password = AgreementFlowApp.AdminPassword })).EnsureSuccessStatusCode();
        var centre = await IdOfAsync(await admin.PostAsJsonAsync("/api/organizations", new
        {
            fullName = $"МБОУ ДО «Саянский РЦДТ» {suffix}", shortName = $"Саянский РЦДТ {suffix}", kind = "centre", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        }));
        var school = await IdOfAsync(await admin.PostAsJsonAsync("/api/organizations", new
        {
            fullName = $"МБОУ АСОШ № 1 {suffix}", shortName = $"АСОШ № 1 {suffix}", kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        }));
        var program = await IdOfAsync(await admin.PostAsJsonAsync("/api/programs", new
        {
            name = "Школа проектирования", focus = "socialAndHumanitarian", level = "basic", hours = 72, ownerOrganizationId = centre,
        }));
        foreach (var (key, org, role) in new[] { ("coordinator", centre, "coordinator"), ("legal", centre, "legal"), ("director", centre, "director"), ("director1", school, "director") })
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            (await admin.PostAsJsonAsync("/api/people", new
            {
                fullName = $"Тест {key}", email = $"{key}-{suffix}@journey.test", password = Password, memberships = new[] { new { organizationId = org, role } },
            })).EnsureSuccessStatusCode();
        }

        var coordinator = await SignInAsync($"coordinator-{suffix}@journey.test");
        var id = await IdOfAsync(await coordinator.PostAsJsonAsync("/api/agreements", new
        {
            baseOrganizationId = centre, partnerOrganizationIds = new[] { school }, programIds = new[] { program },
            term = new { from = "2026-12-01", to = "2027-06-30" }, data = new { students = 25 },
        }));
        await AnswerAsync(coordinator, id, "coordinator", "submit");
        await AnswerAsync(await SignInAsync($"legal-{suffix}@journey.test"), id, "legal", "approve");

        var contact = $"partner-{suffix}@journey.test";
        (await coordinator.PutAsJsonAsync($"/api/agreements/{id}/partner-contacts", new { organizationId = school, email = contact, fullName = "Анна Сергеевна Партнёрова", role = "coordinator" }))
            .EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"/api/agreements/{id}/partner-links", new { organizationId = school })).EnsureSuccessStatusCode();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(100, CancellationToken.None);
        }

        var mail = (await app.Smtp.MessagesAsync()).Single(m => m.To.Contains(contact, StringComparison.OrdinalIgnoreCase));
        var link = new Uri(LinkPattern().Match(mail.Text!).Value);

        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl, ViewportSize = new ViewportSize { Width = 360, Height = 780 }, Locale = "ru-RU", IsMobile = true, HasTouch = true,
        });
        BrowserApp.UnhurriedTimeouts(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(link.AbsolutePath);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Договор на согласовании" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Школа проектирования", new() { Exact = false })).ToBeVisibleAsync();
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Открыть договор" });
        (await button.BoundingBoxAsync())!.Width.Should().BeGreaterThan(250, "on a phone the one next step spans the screen");
        await BrowserApp.ScreenshotAsync(page, "partner-landing-360");

        await button.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/agreements/{id}/review$"));
        await BrowserApp.ScreenshotAsync(page, "partner-after-open-360");

        // The same link again after the coordinator revoked it: a clear page, in Russian.
        var linkId = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/partner-contacts"))
            .GetProperty("partners")[0].GetProperty("links")[0].GetProperty("id").GetGuid();
        (await coordinator.PostAsync($"/api/partner-links/{linkId}/revoke", null)).EnsureSuccessStatusCode();
        var later = await (await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new ViewportSize { Width = 360, Height = 780 } })).NewPageAsync();
        var response = await later.GotoAsync(link.AbsolutePath);
        response!.Status.Should().Be(403);
        await Assertions.Expect(later.GetByRole(AriaRole.Heading, new() { Name = "Ссылка отозвана" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(later, "partner-link-revoked-360");

        // The coordinator's page, as the coordinator sees it.
        var coordinatorPage = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        BrowserApp.UnhurriedTimeouts(coordinatorPage);
        var cp = await coordinatorPage.NewPageAsync();
        await cp.GotoAsync("/account/signin");
        await cp.GetByLabel("Электронная почта").FillAsync($"coordinator-{suffix}@journey.test");
        await cp.GetByLabel("Пароль").FillAsync(Password);
        await cp.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await BrowserApp.SignedInAsync(cp);
        await cp.GotoAsync($"/agreements/{id}/partners");
        await Assertions.Expect(cp.GetByText("отозвана координатором")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(cp, "partner-contacts-1280");
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password })).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task AnswerAsync(HttpClient client, Guid agreementId, string key, string outcome)
    {
        var agreement = await client.GetFromJsonAsync<JsonElement>($"/api/agreements/{agreementId}");
        var task = agreement.GetProperty("tasks").EnumerateArray()
            .First(t => t.GetProperty("status").GetString() == "open" && t.GetProperty("assignee").GetProperty("name").GetString() == $"Тест {key}")
            .GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome })).EnsureSuccessStatusCode();
    }

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [GeneratedRegex(@"https://af\.example\.org/p/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
