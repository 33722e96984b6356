using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Api;
using AgreementFlow.Web.Tests.Documents;
using AgreementFlow.Web.Tests.Workflows;

namespace AgreementFlow.Web.Tests.Negotiation;

/// <summary>The network scenario with the test form published, and the steps that bring an agreement to each stage of negotiation.</summary>
internal static class NegotiationWorld
{
    public static readonly object CompleteData = new { students = 25, documents = new { issued = TestTemplates.IssuedDocumentsText } };

    public static async Task<(NetworkScenario S, Guid Id)> InLegalReviewAsync(AgreementFlowApp app)
    {
        var s = await NetworkScenario.CreateAsync(app);
        await TestTemplates.PublishNetworkTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, CompleteData);
        (await s.AnswerAsync(id, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        return (s, id);
    }

    public static async Task<(NetworkScenario S, Guid Id)> InNegotiationAsync(AgreementFlowApp app)
    {
        var (s, id) = await InLegalReviewAsync(app);
        (await s.AnswerAsync(id, "legal", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        return (s, id);
    }

    public static async Task<(NetworkScenario S, Guid Id)> InApprovalAsync(AgreementFlowApp app)
    {
        var (s, id) = await InNegotiationAsync(app);
        (await s.AnswerAsync(id, "director1", "accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.AnswerAsync(id, "director2", "accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.StageAsync(id)).Should().Be("approval");
        return (s, id);
    }

    public static async Task<JsonElement> ProposeAsync(NetworkScenario s, Guid id, string person, string clauseId, string text, string? note = null)
    {
        var response = await (await s.ClientAsync(person)).PostAsJsonAsync($"/api/agreements/{id}/proposals", new { clauseId, text, note });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A person of an organisation that is no party to the scenario's agreements.</summary>
    public static async Task<HttpClient> OutsiderAsync(NetworkScenario s)
    {
        var organization = await AuthorizationWorld.IdOfAsync(await s.Admin.PostAsJsonAsync("/api/organizations", new
        {
            fullName = $"МБОУ «Посторонняя школа» {s.Suffix}", shortName = $"Посторонняя {s.Suffix}", kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        }));
        var email = $"outsider-{s.Suffix}@scenario.test";
        await AuthorizationWorld.IdOfAsync(await s.Admin.PostAsJsonAsync("/api/people", new
        {
            fullName = "Посторонний Юрист", email, password = NetworkScenario.Password,
            memberships = new[] { new { organizationId = organization, role = "legal" }, new { organizationId = organization, role = "director" } },
        }));
        return await s.App.SignInAsync(email, NetworkScenario.Password);
    }
}
