using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementFlow.TestSupport;
using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Web.Mail.Delivery;
using AgreementFlow.Web.Tests.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Web.Tests.PartnerAccess;

/// <summary>An agreement in negotiation with two schools, on an app that mails to a real SMTP server; the coordinator names contacts.</summary>
public sealed partial class PartnerWorld
{
    private PartnerWorld(MailApp app, NetworkScenario scenario, Guid agreementId)
    {
        App = app;
        Scenario = scenario;
        AgreementId = agreementId;
    }

    public MailApp App { get; }

    public NetworkScenario Scenario { get; }

    public Guid AgreementId { get; }

    public string ContactEmail => $"contact-{Scenario.Suffix}@partner.test";

    /// <summary>A fresh scenario whose agreement is in negotiation: each school's director holds a partner-review part.</summary>
    public static async Task<PartnerWorld> InNegotiationAsync(MailApp app)
    {
        var scenario = await NetworkScenario.CreateAsync(app);
        var id = await scenario.DraftAgreementAsync();
        (await scenario.AnswerAsync(id, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await scenario.AnswerAsync(id, "legal", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await scenario.StageAsync(id)).Should().Be("negotiation");
        return new PartnerWorld(app, scenario, id);
    }

    public async Task<HttpResponseMessage> PutContactAsync(string email, string fullName = "Анна Партнёрова", string role = "coordinator", Guid? organizationId = null) =>
        await (await Scenario.ClientAsync("coordinator")).PutAsJsonAsync($"/api/agreements/{AgreementId}/partner-contacts",
            new { organizationId = organizationId ?? Scenario.School1, email, fullName, role });

    public async Task<JsonElement> SendLinkAsync(Guid? organizationId = null)
    {
        var response = await (await Scenario.ClientAsync("coordinator")).PostAsJsonAsync($"/api/agreements/{AgreementId}/partner-links",
            new { organizationId = organizationId ?? Scenario.School1 });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Names the default contact (no account yet) at school 1 and sends them a link; returns the link from the e-mail they received.</summary>
    public async Task<string> ContactWithLinkAsync()
    {
        (await PutContactAsync(ContactEmail)).StatusCode.Should().Be(HttpStatusCode.OK);
        await SendLinkAsync();
        return await LatestLinkOfAsync(ContactEmail);
    }

    /// <summary>Runs the dispatcher, then reads the deep link out of the newest e-mail the address received.</summary>
    public async Task<string> LatestLinkOfAsync(string email)
    {
        var mails = await MailsOfAsync(email);
        var mail = mails[^1];
        return LinkPattern().Match(mail.Text!).Value;
    }

    public async Task<IReadOnlyList<ReceivedMail>> MailsOfAsync(string email)
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(100, CancellationToken.None);
        }

        return [.. (await App.Smtp.MessagesAsync()).Where(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase)).OrderBy(m => m.Arrival)];
    }

    public async Task<JsonElement> PartnersAsync() =>
        await (await Scenario.ClientAsync("coordinator")).GetFromJsonAsync<JsonElement>($"/api/agreements/{AgreementId}/partner-contacts");

    public async Task<JsonElement> School1LinksAsync() =>
        (await PartnersAsync()).GetProperty("partners").EnumerateArray()
            .Single(p => p.GetProperty("organizationId").GetGuid() == Scenario.School1).GetProperty("links");

    /// <summary>Opens a link as a browser would: GET the landing, then POST its one button. Returns the client (with its session) and the POST's answer.</summary>
    public async Task<(HttpClient Client, HttpResponseMessage Response)> OpenAsync(string link)
    {
        var client = App.CreateAnonymousClient();
        var path = new Uri(link).AbsolutePath;
        var response = await PageForms.PostAsync(client, path, []);
        return (client, response);
    }

    /// <summary>The partner-review part of school 1.</summary>
    public async Task<JsonElement> School1PartAsync() =>
        (await Scenario.AgreementAsync(AgreementId)).GetProperty("tasks").EnumerateArray()
            .Single(t => t.GetProperty("taskId").GetString() == "partner-review" && t.GetProperty("organizationId").GetGuid() == Scenario.School1 && t.GetProperty("status").GetString() == "open");

    public static Guid IdOf(JsonElement element) => element.GetProperty("id").GetGuid();

    [GeneratedRegex(@"https://af\.example\.org/p/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
