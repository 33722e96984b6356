using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Api;

namespace AgreementFlow.Web.Tests.Workflows;

/// <summary>
/// A centre (the base, in Krasnoyarsk) with two partner schools, arranged through the admin API, and a
/// signed-in client for every person the agreement route needs.
/// </summary>
public sealed class NetworkScenario
{
    public const string Password = "Scenario-Pass-1";

    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly Dictionary<string, Guid> _people = [];

    private NetworkScenario(AgreementFlowApp app, HttpClient admin)
    {
        App = app;
        Admin = admin;
    }

    public AgreementFlowApp App { get; }

    public HttpClient Admin { get; private set; }

    public Guid Centre { get; private set; }

    public Guid School1 { get; private set; }

    public Guid School2 { get; private set; }

    public Guid Program { get; private set; }

    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..8];

    public static async Task<NetworkScenario> CreateAsync(AgreementFlowApp app)
    {
        var scenario = new NetworkScenario(app, await app.SignInAsAdminAsync());
        scenario.Centre = await scenario.OrganizationAsync("ЦДТ", "centre", "24", "Asia/Krasnoyarsk");
        scenario.School1 = await scenario.OrganizationAsync("АСОШ 1", "school", "24", "Asia/Krasnoyarsk");
        scenario.School2 = await scenario.OrganizationAsync("СОШ 70", "school", "18", "Europe/Samara");
        scenario.Program = await AuthorizationWorld.IdOfAsync(await scenario.Admin.PostAsJsonAsync("/api/programs", new
        {
            name = "Школа проектирования", focus = "socialAndHumanitarian", level = "basic", hours = 72, ownerOrganizationId = scenario.Centre,
        }));
        await scenario.PersonAsync("coordinator", scenario.Centre, "coordinator");
        await scenario.PersonAsync("legal", scenario.Centre, "legal");
        await scenario.PersonAsync("director", scenario.Centre, "director");
        await scenario.PersonAsync("deputy", scenario.Centre, "director");
        await scenario.PersonAsync("director1", scenario.School1, "director");
        await scenario.PersonAsync("director2", scenario.School2, "director");
        await scenario.PersonAsync("clerk1", scenario.School1, "clerk");
        await scenario.PersonAsync("commission1", scenario.School1, "commissionMember");
        return scenario;
    }

    public Guid PersonId(string key) => _people[key];

    public string Email(string key) => $"{key}-{Suffix}@scenario.test";

    public async Task<HttpClient> ClientAsync(string key)
    {
        if (!_clients.TryGetValue(key, out var client))
        {
            client = await App.SignInAsync(Email(key), Password);
            _clients[key] = client;
        }

        return client;
    }

    /// <summary>Drafts an agreement between the centre and both schools, as the centre's coordinator.</summary>
    public async Task<Guid> DraftAgreementAsync(string termTo = "2027-06-30")
    {
        var coordinator = await ClientAsync("coordinator");
        var response = await coordinator.PostAsJsonAsync("/api/agreements", new
        {
            baseOrganizationId = Centre,
            partnerOrganizationIds = new[] { School1, School2 },
            programIds = new[] { Program },
            term = new { from = "2026-12-01", to = termTo },
            data = new { students = 25 },
        });
        return await AuthorizationWorld.IdOfAsync(response);
    }

    public async Task<JsonElement> AgreementAsync(Guid id) => await Admin.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}");

    /// <summary>The open task of <paramref name="personKey"/> on the agreement.</summary>
    public async Task<Guid> OpenTaskOfAsync(Guid agreementId, string personKey)
    {
        var agreement = await AgreementAsync(agreementId);
        var person = PersonId(personKey);
        return agreement.GetProperty("tasks").EnumerateArray()
            .First(t => t.GetProperty("status").GetString() == "open" && t.GetProperty("assignee").GetProperty("id").GetGuid() == person)
            .GetProperty("id").GetGuid();
    }

    /// <summary>Answers the person's open task on the agreement and returns the HTTP response.</summary>
    public async Task<HttpResponseMessage> AnswerAsync(Guid agreementId, string personKey, string outcome, string? comment = null)
    {
        var task = await OpenTaskOfAsync(agreementId, personKey);
        var client = await ClientAsync(personKey);
        return await client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome, comment });
    }

    /// <summary>
    /// Signs the person's open part of the sign task the way a party signing on paper does: the coordinator sets the paper method
    /// for every party, and the person uploads the scan once the final PDF is ready. Returns the upload's response.
    /// </summary>
    public async Task<HttpResponseMessage> SignAsync(Guid agreementId, string personKey)
    {
        var coordinator = await ClientAsync("coordinator");
        foreach (var party in new[] { Centre, School1, School2 })
        {
            var chosen = await coordinator.PutAsJsonAsync($"/api/agreements/{agreementId}/signing-methods", new { organizationId = party, method = "paper" });
            if (!chosen.IsSuccessStatusCode && chosen.StatusCode != System.Net.HttpStatusCode.Conflict)
            {
                return chosen;
            }
        }

        var client = await ClientAsync(personKey);
        await WaitForFinalPdfAsync(client, agreementId);
        using var form = new MultipartFormDataContent();
        // Each scan its own bytes: archived files are content-addressed, and a shared one would outlive a destroyed record.
        var scan = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% signed paper copy of {agreementId} by {personKey}\n%%EOF\n"));
        scan.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(scan, "file", "scan.pdf");
        return await client.PostAsync($"/api/agreements/{agreementId}/signatures/upload", form);
    }

    /// <summary>Waits until the final document's PDF/A is made (the PDF worker converts it in the background) and returns its SHA-256.</summary>
    public static async Task<string> WaitForFinalPdfAsync(HttpClient client, Guid agreementId)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            var state = await client.GetFromJsonAsync<JsonElement>($"/api/agreements/{agreementId}/signatures");
            if (state.GetProperty("document") is { ValueKind: JsonValueKind.Object } document && document.GetProperty("sha256").GetString() is { } sha)
            {
                return sha;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The final PDF of agreement {agreementId} was not made.");
    }

    public async Task<string> StageAsync(Guid agreementId) => (await AgreementAsync(agreementId)).GetProperty("stage").GetString()!;

    private async Task<Guid> OrganizationAsync(string name, string kind, string region, string zone) =>
        await AuthorizationWorld.IdOfAsync(await Admin.PostAsJsonAsync("/api/organizations", new
        {
            fullName = $"МБОУ «{name}» {Suffix}", shortName = $"{name} {Suffix}", kind, regionCode = region, timeZone = zone,
        }));

    /// <summary>Signs everyone in again: after the fake clock jumps past the session lifetime, old cookies have expired.</summary>
    public async Task RenewSessionsAsync()
    {
        _clients.Clear();
        Admin = await App.SignInAsAdminAsync();
    }

    private async Task PersonAsync(string key, Guid organization, string role)
    {
        // People join one after another, as they would: the longest-serving director is the one tasks go to.
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        _people[key] = await AuthorizationWorld.IdOfAsync(await Admin.PostAsJsonAsync("/api/people", new
        {
            fullName = $"Тест {key}", email = Email(key), password = Password,
            memberships = new[] { new { organizationId = organization, role } },
        }));
    }
}
