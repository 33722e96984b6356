using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.Web.Tests.Workflows;

namespace AgreementFlow.Web.Tests.Documents;

/// <summary>A small network-agreement form that covers the five statutory items, and helpers to publish it.</summary>
internal static class TestTemplates
{
    public const string IssuedDocumentsText = "Сертификат об обучении выдаёт базовая организация.";

    /// <summary>Every statutory item is covered; item 4 only when <c>documents.issued</c> is filled in.</summary>
    public static object NetworkContent(string marker = "") => new
    {
        fields = new object[]
        {
            new { name = "base.fullName", type = "text", label = "Базовая организация", required = true },
            new { name = "term.from", type = "date", label = "Начало срока", required = true },
            new { name = "term.to", type = "date", label = "Окончание срока", required = true },
            new { name = "documents.issued", type = "paragraph", label = "Выдаваемые документы", required = true },
        },
        sections = new object[]
        {
            new
            {
                title = "Предмет договора",
                clauses = new object[]
                {
                    new { id = "subject", text = "Стороны совместно реализуют программу «{{program.name}}»" + marker + ".", covers = new[] { "programKind" } },
                },
            },
            new
            {
                title = "Статус обучающихся",
                clauses = new object[] { new { id = "students", text = "Обучающиеся сохраняют статус обучающихся базовой организации.", covers = new[] { "studentStatus" } } },
            },
            new
            {
                title = "Права и обязанности сторон",
                clauses = new object[]
                {
                    new { id = "duties", text = "{{base.fullName}} предоставляет кадровые ресурсы; участники: {{#each partners}}{{fullName}}; {{/each}}", covers = new[] { "deliveryAndResources" } },
                },
            },
            new
            {
                title = "Документы об обучении",
                clauses = new object[] { new { id = "documents", text = "{{documents.issued}}", covers = new[] { "issuedDocuments" } } },
            },
            new
            {
                title = "Срок действия договора",
                clauses = new object[]
                {
                    new { id = "term", text = "Договор действует с {{term.from}} по {{term.to}} и изменяется дополнительным соглашением.", covers = new[] { "termAndChanges" } },
                },
            },
        },
    };

    public static object SampleData(bool withDocuments = true) => new
    {
        @base = new { fullName = "МБОУ ДО «Центр»" },
        partners = new[] { new { fullName = "МБОУ «Школа»" } },
        program = new { name = "Школа проектирования" },
        term = new { from = "2026-12-01", to = "2027-06-30" },
        documents = withDocuments ? new { issued = IssuedDocumentsText } : null,
    };

    /// <summary>
    /// The organisation's network-agreement template as a new draft with <paramref name="content"/> (created if the
    /// organisation has none yet); returns the template id and the draft's version.
    /// </summary>
    public static async Task<(Guid Id, int Version)> DraftNetworkTemplateAsync(HttpClient legal, Guid organizationId, object content, object sampleData)
    {
        var list = await legal.GetFromJsonAsync<JsonElement[]>($"/api/templates?organizationId={organizationId}");
        var existing = list!.FirstOrDefault(x => x.GetProperty("key").GetString() == "network-agreement");
        HttpResponseMessage response;
        if (existing.ValueKind == JsonValueKind.Undefined)
        {
            response = await legal.PostAsJsonAsync("/api/templates", new { organizationId, key = "network-agreement", title = "Договор о сетевой форме", content, sampleData });
        }
        else
        {
            var id = existing.GetProperty("id").GetGuid();
            response = await legal.PostAsync($"/api/templates/{id}/versions", null);
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var created = await response.Content.ReadFromJsonAsync<JsonElement>();
            response = await legal.PutAsJsonAsync($"/api/templates/{id}/versions/{created.GetProperty("version").GetInt32()}", new { content, sampleData });
        }

        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (view.GetProperty("templateId").GetGuid(), view.GetProperty("version").GetInt32());
    }

    /// <summary>Publishes the organisation's network-agreement form (the test one) as its latest version.</summary>
    public static async Task<(Guid Id, int Version)> PublishNetworkTemplateAsync(NetworkScenario s, string marker = "")
    {
        var legal = await s.ClientAsync("legal");
        var (id, version) = await DraftNetworkTemplateAsync(legal, s.Centre, NetworkContent(marker), SampleData());
        var published = await legal.PostAsJsonAsync($"/api/templates/{id}/versions/{version}/publish", new { changeNote = "Форма для теста" + marker });
        published.StatusCode.Should().Be(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        return (id, version);
    }

    /// <summary>Drafts an agreement between the centre and both schools with the given data, as the coordinator.</summary>
    public static async Task<Guid> DraftAgreementAsync(NetworkScenario s, object data)
    {
        var coordinator = await s.ClientAsync("coordinator");
        var response = await coordinator.PostAsJsonAsync("/api/agreements", new
        {
            baseOrganizationId = s.Centre,
            partnerOrganizationIds = new[] { s.School1, s.School2 },
            programIds = new[] { s.Program },
            term = new { from = "2026-12-01", to = "2027-06-30" },
            data,
        });
        return await AgreementFlow.Web.Tests.Api.AuthorizationWorld.IdOfAsync(response);
    }
}
