using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.Data.Documents;
using AgreementFlow.Documents.Templates;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Workflows;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Documents;

/// <summary>The legal staff's templates through the API: drafting, publishing, the statutory check, the sandbox, who may edit.</summary>
public abstract class TemplateApiTests(AgreementFlowApp app)
{
    private static readonly string[] UnknownItem = ["item9"];

    [Fact]
    public async Task ALegalUser_CreatesEditsAndPublishes_ThenThePublishedVersionNeverChanges()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var legal = await s.ClientAsync("legal");

        var created = await legal.PostAsJsonAsync("/api/templates", new
        {
            organizationId = s.Centre, key = "memo", title = "Служебная записка",
            content = new { sections = new[] { new { title = "Текст", clauses = new[] { new { id = "body", text = "Первая редакция." } } } } },
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("templateId").GetGuid();

        var edited = await legal.PutAsJsonAsync($"/api/templates/{id}/versions/1", new
        {
            content = new { sections = new[] { new { title = "Текст", clauses = new[] { new { id = "body", text = "Вторая **редакция**." } } } } },
        });
        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await legal.PostAsJsonAsync($"/api/templates/{id}/versions/1/publish", new { changeNote = "" })).StatusCode
            .Should().Be(HttpStatusCode.BadRequest, "a version is published with a note saying what changed");
        var published = await legal.PostAsJsonAsync($"/api/templates/{id}/versions/1/publish", new { changeNote = "Первая версия" });
        published.StatusCode.Should().Be(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());

        var again = await legal.PutAsJsonAsync($"/api/templates/{id}/versions/1", new
        {
            content = new { sections = new[] { new { title = "Текст", clauses = new[] { new { id = "body", text = "Тайная правка." } } } } },
        });
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync()).Should().Contain("опубликована");
        var v1 = await legal.GetFromJsonAsync<JsonElement>($"/api/templates/{id}/versions/1");
        v1.GetProperty("status").GetString().Should().Be("published");
        v1.GetProperty("content").GetRawText().Should().Contain("Вторая **редакция**.").And.NotContain("Тайная");

        var draft = await legal.PostAsync($"/api/templates/{id}/versions", null);
        draft.StatusCode.Should().Be(HttpStatusCode.Created);
        (await legal.PostAsync($"/api/templates/{id}/versions", null)).StatusCode.Should().Be(HttpStatusCode.Conflict, "one draft at a time");
        (await legal.PutAsJsonAsync($"/api/templates/{id}/versions/2", new
        {
            content = new { sections = new[] { new { title = "Текст", clauses = new[] { new { id = "body", text = "Третья редакция." } } } } },
        })).StatusCode.Should().Be(HttpStatusCode.OK);
        var compare = await legal.GetFromJsonAsync<JsonElement>($"/api/templates/{id}/versions/compare?from=1&to=2");
        compare.GetRawText().Should().Contain("Третья").And.Contain("Вторая");
        var history = await legal.GetFromJsonAsync<JsonElement>($"/api/templates/{id}");
        history.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("status").GetString()).Should().Equal("draft", "published");
    }

    [Fact]
    public async Task TwoLawyersPublishingTheSameDraftAtOnce_OnePublishes_TheOtherIsToldItChanged()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var first = await s.ClientAsync("legal");
        var second = await s.ClientAsync("legal");
        var created = await first.PostAsJsonAsync("/api/templates", new
        {
            organizationId = s.Centre, key = "memo", title = "Служебная записка",
            content = new { sections = new[] { new { title = "Текст", clauses = new[] { new { id = "body", text = "Редакция." } } } } },
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("templateId").GetGuid();

        var answers = await Task.WhenAll(
            first.PostAsJsonAsync($"/api/templates/{id}/versions/1/publish", new { changeNote = "Первая записка" }),
            second.PostAsJsonAsync($"/api/templates/{id}/versions/1/publish", new { changeNote = "Другая записка" }));

        answers.Select(a => a.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
        var note = (await winner.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changeNote").GetString();
        var v1 = await first.GetFromJsonAsync<JsonElement>($"/api/templates/{id}/versions/1");
        v1.GetProperty("changeNote").GetString().Should().Be(note, "the loser's note never overwrites the published version's");
    }

    [Fact]
    public async Task ANewOrganisation_HasEveryShippedForm_PublishedAsVersion1()
    {
        var s = await NetworkScenario.CreateAsync(app);

        await using var db = app.CreateDbContext();
        var forms = await (
            from template in db.Set<DocumentTemplate>()
            join version in db.Set<DocumentTemplateVersion>() on template.Id equals version.TemplateId
            where template.OrganizationId == s.School2
            select new { template.Key, version.Version, version.Status }).ToListAsync();

        forms.Select(f => f.Key).Should().BeEquivalentTo(DefaultTemplates.All.Select(d => d.Key));
        forms.Should().OnlyContain(f => f.Version == 1 && f.Status == TemplateVersionStatus.Published);
    }

    [Fact]
    public async Task PublishingANetworkTemplateThatMissesAStatutoryItem_Is422ListingItInRussian()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var legal = await s.ClientAsync("legal");
        var (id, version) = await TestTemplates.DraftNetworkTemplateAsync(legal, s.Centre, TestTemplates.NetworkContent(), TestTemplates.SampleData(withDocuments: false));

        var refused = await legal.PostAsJsonAsync($"/api/templates/{id}/versions/{version}/publish", new { changeNote = "Без документов" });

        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await refused.Content.ReadAsStringAsync();
        body.Should().Contain("какие документы об образовании").And.NotContain("срок действия договора");
        (await legal.GetFromJsonAsync<JsonElement>($"/api/templates/{id}/versions/{version}")).GetProperty("status").GetString().Should().Be("draft");
    }

    [Fact]
    public async Task MalformedContent_Is400NamingEachJsonPath_AndChangesNothing()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var legal = await s.ClientAsync("legal");
        var (id, version) = await TestTemplates.DraftNetworkTemplateAsync(legal, s.Centre, TestTemplates.NetworkContent(), TestTemplates.SampleData());

        var response = await legal.PutAsJsonAsync($"/api/templates/{id}/versions/{version}", new
        {
            content = new
            {
                fields = new[] { new { name = "term to", type = "date", label = "Срок" } },
                sections = new object[] { new { title = "Раздел", clauses = new object[] { new { text = "Без номера" }, new { id = "x", text = "Пункт", covers = UnknownItem } } } },
            },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("content.fields[0].name", out _).Should().BeTrue(errors.GetRawText());
        errors.TryGetProperty("content.sections[0].clauses[0].id", out _).Should().BeTrue(errors.GetRawText());
        errors.TryGetProperty("content.sections[0].clauses[1].covers[0]", out _).Should().BeTrue(errors.GetRawText());
        (await legal.GetFromJsonAsync<JsonElement>($"/api/templates/{id}/versions/{version}")).GetProperty("content").GetRawText().Should().Contain("Предмет договора");
    }

    [Fact]
    public async Task ThePreview_PrintsHostileValuesAsText_AndReportsErrorsWithLineAndColumn()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var legal = await s.ClientAsync("legal");
        const string hostile = "</w:t><script>alert(1)</script>{{base.fullName}}";

        var response = await legal.PostAsJsonAsync("/api/templates/preview", new
        {
            sections = new[] { new { title = "Раздел", clauses = new object[] { new { id = "a", text = "Сторона: {{base.fullName}}. Документы: {{documents.issued}}." } } } },
            fields = new[] { new { name = "base.fullName", type = "text", label = "Сторона" } },
            data = new { @base = new { fullName = hostile }, documents = new { issued = "<b>сертификат</b> & {{#each x}}" } },
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        var html = preview.GetProperty("html").GetString()!;
        html.Should().NotContain("<script>").And.NotContain("</w:t>").And.NotContain("<b>сертификат");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("{{base.fullName}}").And.Contain("&lt;/w:t&gt;");
        preview.GetProperty("warnings").GetRawText().Should().Contain("documents.issued", "the field is used but not declared");

        var broken = await legal.PostAsJsonAsync("/api/templates/preview", new
        {
            sections = new[] { new { title = "Раздел", clauses = new object[] { new { id = "bad", text = "Первая строка.\nВторая {{#if x}} без конца" } } } },
            data = new { },
        });
        var problems = (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        problems.Should().ContainSingle();
        problems[0].GetProperty("clauseId").GetString().Should().Be("bad");
        problems[0].GetProperty("line").GetInt32().Should().Be(2);
        problems[0].GetProperty("column").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task APartnersStaff_CannotEditOrPublishTheBasesTemplates()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var legal = await s.ClientAsync("legal");
        var (id, version) = await TestTemplates.DraftNetworkTemplateAsync(legal, s.Centre, TestTemplates.NetworkContent(), TestTemplates.SampleData());
        var partner = await s.ClientAsync("director1");
        var coordinator = await s.ClientAsync("coordinator");

        (await partner.PutAsJsonAsync($"/api/templates/{id}/versions/{version}", new { content = TestTemplates.NetworkContent(" (правка)") }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await partner.PostAsJsonAsync($"/api/templates/{id}/versions/{version}/publish", new { changeNote = "чужая" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await partner.PostAsJsonAsync("/api/templates", new { organizationId = s.Centre, key = "intruder", title = "Чужой" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await partner.GetAsync($"/api/templates?organizationId={s.Centre}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await coordinator.PutAsJsonAsync($"/api/templates/{id}/versions/{version}", new { content = TestTemplates.NetworkContent(" (правка)") }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "the centre's coordinator reads its templates; its legal staff edit them");
        (await coordinator.GetAsync($"/api/templates/{id}/versions/{version}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await legal.GetFromJsonAsync<JsonElement>($"/api/templates/{id}/versions/{version}")).GetProperty("content").GetRawText().Should().NotContain("(правка)");
    }

    [Fact]
    public async Task AnAgreement_KeepsItsTemplateVersion_WhenANewerOneIsPublished()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var (_, first) = await TestTemplates.PublishNetworkTemplateAsync(s, " (первая редакция)");
        var older = await TestTemplates.DraftAgreementAsync(s, new { documents = new { issued = TestTemplates.IssuedDocumentsText } });

        var (_, second) = await TestTemplates.PublishNetworkTemplateAsync(s, " (вторая редакция)");
        var newer = await TestTemplates.DraftAgreementAsync(s, new { documents = new { issued = TestTemplates.IssuedDocumentsText } });
        (await s.AnswerAsync(older, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.AnswerAsync(newer, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);

        second.Should().BeGreaterThan(first);
        var legal = await s.ClientAsync("legal");
        var olderDocuments = await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{older}/documents");
        var newerDocuments = await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{newer}/documents");
        olderDocuments!.Single().GetProperty("templateVersion").GetInt32().Should().Be(first);
        newerDocuments!.Single().GetProperty("templateVersion").GetInt32().Should().Be(second);
        (await legal.GetStringAsync($"/api/agreements/{older}/documents/1.html")).Should().Contain("(первая редакция)").And.NotContain("(вторая редакция)");
        (await legal.GetStringAsync($"/api/agreements/{newer}/documents/1.html")).Should().Contain("(вторая редакция)");
    }
}

public sealed class TemplateApiTestsOnSqlite(SqliteApp app) : TemplateApiTests(app), IClassFixture<SqliteApp>;

public sealed class TemplateApiTestsOnPostgres(PostgresApp app) : TemplateApiTests(app), IClassFixture<PostgresApp>;
