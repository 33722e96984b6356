using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Tests.Workflows;

namespace AgreementFlow.Web.Tests.Documents;

/// <summary>The template pages through their HTML forms, and the documents on the agreement and decision pages.</summary>
public abstract class TemplatePagesTests(AgreementFlowApp app)
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task ALegalUser_SeesTheShippedForms_AndTheEditorWithItsStatutoryChecklist()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var legal = await s.ClientAsync("legal");

        var list = await legal.GetStringAsync("/templates");

        list.Should().Contain("Договор о сетевой форме").And.Contain("Новый шаблон");
        var templates = await legal.GetFromJsonAsync<JsonElement[]>($"/api/templates?organizationId={s.Centre}");
        var network = templates!.Single(x => x.GetProperty("key").GetString() == "network-agreement");
        network.GetProperty("publishedVersion").GetInt32().Should().Be(1, "every organisation gets the shipped forms as published version 1");
        var editor = await legal.GetStringAsync($"/templates/{network.GetProperty("id").GetGuid()}/versions/1");
        editor.Should().Contain("statutory-checklist").And.Contain("Опубликованная версия больше не меняется").And.Contain("Создать новую версию");
        editor.Should().NotContain("class=\"missing\"", "the shipped network agreement covers every statutory item with its sample data");
    }

    [Fact]
    public async Task SavingAndPublishingThroughTheEditorForm_MakesANewVersion_AndAMissingItemIsListed()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var legal = await s.ClientAsync("legal");
        var (id, version) = await TestTemplates.DraftNetworkTemplateAsync(legal, s.Centre, TestTemplates.NetworkContent(), TestTemplates.SampleData(withDocuments: false));
        var url = $"/templates/{id}/versions/{version}";
        var view = await legal.GetFromJsonAsync<JsonElement>($"/api/templates/{id}/versions/{version}");
        var fields = new List<KeyValuePair<string, string>>
        {
            F("FieldsJson", view.GetProperty("content").GetProperty("fields").GetRawText()),
            F("SampleDataJson", view.GetProperty("sampleData").GetRawText()),
            F("ChangeNote", "Пункт о документах"),
        };
        var sections = view.GetProperty("content").GetProperty("sections").EnumerateArray().ToList();
        for (var i = 0; i < sections.Count; i++)
        {
            fields.Add(F($"Sections[{i}].Title", sections[i].GetProperty("title").GetString()!));
            var clauses = sections[i].GetProperty("clauses").EnumerateArray().ToList();
            for (var j = 0; j < clauses.Count; j++)
            {
                fields.Add(F($"Sections[{i}].Clauses[{j}].Id", clauses[j].GetProperty("id").GetString()!));
                fields.Add(F($"Sections[{i}].Clauses[{j}].Text", clauses[j].GetProperty("text").GetString()!));
                fields.AddRange(clauses[j].GetProperty("covers").EnumerateArray().Select(c => F($"Sections[{i}].Clauses[{j}].Covers", c.GetString()!)));
            }
        }

        var refused = await PageForms.PostAsync(legal, url, fields, $"{url}?handler=Publish");

        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("какие документы об образовании");

        var documentsClause = fields.FindIndex(f => f.Value == "{{documents.issued}}");
        fields[documentsClause] = F(fields[documentsClause].Key, "Сертификат выдаёт базовая организация.");
        var published = await PageForms.PostAsync(legal, url, fields, $"{url}?handler=Publish");

        published.StatusCode.Should().Be(HttpStatusCode.Redirect, await published.Content.ReadAsStringAsync());
        var after = await legal.GetFromJsonAsync<JsonElement>($"/api/templates/{id}/versions/{version}");
        after.GetProperty("status").GetString().Should().Be("published");
        after.GetProperty("changeNote").GetString().Should().Be("Пункт о документах");
        after.GetProperty("content").GetRawText().Should().Contain("Сертификат выдаёт базовая организация.");

        // When it was published, in the organisation's time (the centre is in Krasnoyarsk), on the editor and the list.
        var publishedAtUtc = after.GetProperty("publishedAtUtc").GetDateTime().ToUniversalTime();
        var shown = HtmlEncoder.Default.Encode(LocalTime.Format(publishedAtUtc, "Asia/Krasnoyarsk"));
        (await legal.GetStringAsync(url)).Should().Contain(shown);
        (await legal.GetStringAsync($"/templates?organizationId={s.Centre}")).Should().Contain(shown)
            .And.NotContain(HtmlEncoder.Default.Encode(LocalTime.Format(publishedAtUtc, "Europe/Moscow")));
    }

    [Fact]
    public async Task TheAgreementPage_ListsItsDocumentVersions_AndTheDecisionPageShowsTheText()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        (await s.AnswerAsync(id, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        var legal = await s.ClientAsync("legal");
        var task = await s.OpenTaskOfAsync(id, "legal");

        var agreementPage = await legal.GetStringAsync($"/agreements/{id}");
        var decisionPage = await legal.GetStringAsync($"/tasks/{task}");

        agreementPage.Should().Contain("document-versions").And.Contain($"/api/agreements/{id}/documents/1.docx").And.Contain("черновик");
        // The version's date in the base organisation's time (the centre is in Krasnoyarsk), not Moscow's.
        var versions = await legal.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/documents");
        var createdAtUtc = versions[0].GetProperty("createdAtUtc").GetDateTime().ToUniversalTime();
        agreementPage.Should().Contain(HtmlEncoder.Default.Encode(LocalTime.Format(createdAtUtc, "Asia/Krasnoyarsk")))
            .And.NotContain(HtmlEncoder.Default.Encode(LocalTime.Format(createdAtUtc, "Europe/Moscow")));
        decisionPage.Should().Contain("Текст договора (версия 1)").And.Contain($"ЦДТ» {s.Suffix}").And.Contain("Предмет договора");
    }
}

public sealed class TemplatePagesTestsOnSqlite(SqliteApp app) : TemplatePagesTests(app), IClassFixture<SqliteApp>;

public sealed class TemplatePagesTestsOnPostgres(PostgresApp app) : TemplatePagesTests(app), IClassFixture<PostgresApp>;
