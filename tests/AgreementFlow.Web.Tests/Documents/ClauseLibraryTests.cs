using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Workflows;

namespace AgreementFlow.Web.Tests.Documents;

/// <summary>The clause library: clauses shared by several templates, with versions of their own.</summary>
public abstract class ClauseLibraryTests(AgreementFlowApp app)
{
    private static readonly string[] TermCovers = ["termAndChanges"];
    private static readonly string[] BadCovers = ["everything"];

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task ALibraryClause_IsDraftedEditedAndPublished_ThenItsPublishedVersionNeverChanges()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var legal = await s.ClientAsync("legal");

        var created = await legal.PostAsJsonAsync("/api/clause-library", new
        {
            organizationId = s.Centre, key = "liability", title = "Ответственность сторон", text = "Стороны отвечают по закону.", covers = Array.Empty<string>(),
        });

        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await legal.PutAsJsonAsync($"/api/clause-library/{id}/versions/1", new { text = "Стороны несут ответственность по законодательству РФ.", covers = TermCovers }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await legal.PostAsync($"/api/clause-library/{id}/versions/1/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var late = await legal.PutAsJsonAsync($"/api/clause-library/{id}/versions/1", new { text = "Иначе." });
        late.StatusCode.Should().Be(HttpStatusCode.Conflict, "a published version never changes");
        var v2 = await legal.PostAsync($"/api/clause-library/{id}/versions", null);
        v2.StatusCode.Should().Be(HttpStatusCode.Created);
        (await v2.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().Should().Be(2);

        var list = await legal.GetFromJsonAsync<JsonElement[]>($"/api/clause-library?organizationId={s.Centre}");
        var summary = list!.Should().ContainSingle().Subject;
        summary.GetProperty("publishedVersion").GetInt32().Should().Be(1);
        summary.GetProperty("latestVersion").GetInt32().Should().Be(2);
        var clause = await legal.GetFromJsonAsync<JsonElement>($"/api/clause-library/{id}");
        clause.GetProperty("versions")[0].GetProperty("text").GetString().Should().Be("Стороны несут ответственность по законодательству РФ.");
        clause.GetProperty("versions")[0].GetProperty("covers")[0].GetString().Should().Be("termAndChanges");
    }

    [Fact]
    public async Task BadInput_Is400NamingTheField_AndOnlyLegalStaffEditTheLibrary()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var legal = await s.ClientAsync("legal");

        var bad = await legal.PostAsJsonAsync("/api/clause-library", new { organizationId = s.Centre, key = "Плохой ключ", title = "", text = "", covers = BadCovers });

        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .Should().BeEquivalentTo("key", "title", "text", "covers[0]");
        (await legal.GetFromJsonAsync<JsonElement[]>($"/api/clause-library?organizationId={s.Centre}")).Should().BeEmpty();
        var coordinator = await s.ClientAsync("coordinator");
        (await coordinator.PostAsJsonAsync("/api/clause-library", new { organizationId = s.Centre, key = "x", title = "X", text = "X" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await s.ClientAsync("director1")).GetAsync($"/api/clause-library?organizationId={s.Centre}"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "another organisation's library is not shown");
    }

    [Fact]
    public async Task AClauseInsertedInTheEditor_IsAReferenceWithItsVersion_AndThePreviewAndTheLibraryShowIt()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var legal = await s.ClientAsync("legal");
        var created = await legal.PostAsJsonAsync("/api/clause-library", new
        {
            organizationId = s.Centre, key = "force-majeure", title = "Форс-мажор", text = "Стороны освобождаются от ответственности при форс-мажоре.",
        });
        var clauseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await legal.PostAsync($"/api/clause-library/{clauseId}/versions/1/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var (templateId, version) = await TestTemplates.DraftNetworkTemplateAsync(legal, s.Centre, TestTemplates.NetworkContent(), TestTemplates.SampleData());
        var url = $"/templates/{templateId}/versions/{version}";
        var editor = await legal.GetStringAsync(url);
        editor.Should().Contain("value=\"force-majeure@1\"").And.Contain("Вставить из библиотеки");

        var view = await legal.GetFromJsonAsync<JsonElement>($"/api/templates/{templateId}/versions/{version}");
        var fields = new List<KeyValuePair<string, string>>
        {
            F("FieldsJson", view.GetProperty("content").GetProperty("fields").GetRawText()),
            F("SampleDataJson", view.GetProperty("sampleData").GetRawText()),
            F("libraryClause-0", "force-majeure@1"),
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

        var inserted = await PageForms.PostAsync(legal, url, fields, $"{url}?handler=InsertLibraryClause&section=0");

        inserted.StatusCode.Should().Be(HttpStatusCode.Redirect, await inserted.Content.ReadAsStringAsync());
        var saved = await legal.GetFromJsonAsync<JsonElement>($"/api/templates/{templateId}/versions/{version}");
        var reference = saved.GetProperty("content").GetProperty("sections")[0].GetProperty("clauses").EnumerateArray().Last();
        reference.GetProperty("libraryClauseKey").GetString().Should().Be("force-majeure");
        reference.GetProperty("libraryClauseVersion").GetInt32().Should().Be(1);
        var page = await legal.GetStringAsync(url);
        page.Should().Contain("Из библиотеки пунктов: «force-majeure», версия 1.");

        // The library's text is what renders, even where the template's own copy says otherwise.
        var preview = await legal.PostAsJsonAsync("/api/templates/preview", new
        {
            organizationId = s.Centre,
            sections = new[] { new { title = "Раздел", clauses = new object[] { new { id = "fm", text = "устаревший текст", libraryClauseKey = "force-majeure", libraryClauseVersion = 1 } } } },
            data = new { },
        });
        (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("html").GetString().Should().Contain("освобождаются от ответственности при форс-мажоре").And.NotContain("устаревший");

        var clause = await legal.GetFromJsonAsync<JsonElement>($"/api/clause-library/{clauseId}");
        var use = clause.GetProperty("usedBy").EnumerateArray().Should().ContainSingle().Subject;
        use.GetProperty("templateId").GetGuid().Should().Be(templateId);
        use.GetProperty("clauseVersion").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task ThroughThePages_ALegalUserCreatesEditsAndPublishesAClause_AndABadTextIs400()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var legal = await s.ClientAsync("legal");
        (await legal.GetStringAsync("/templates")).Should().Contain("href=\"/templates/library\"");

        var bad = await PageForms.PostAsync(legal, "/templates/library", [F("New.OrganizationId", s.Centre.ToString()), F("New.Key", "liability"), F("New.Title", "Ответственность"), F("New.Text", "")]);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("id=\"new-text-error\">Текст пункта — от 1 до");

        var created = await PageForms.PostAsync(legal, "/templates/library", [
            F("New.OrganizationId", s.Centre.ToString()), F("New.Key", "liability"), F("New.Title", "Ответственность"), F("New.Text", "Первая редакция."), F("New.Covers", "termAndChanges")]);
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var url = created.Headers.Location!.OriginalString;
        var published = await PageForms.PostAsync(legal, url, [F("Draft.Text", "Исправленная редакция."), F("Draft.Covers", "termAndChanges")], $"{url}?handler=Publish&version=1");
        published.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await legal.GetStringAsync(url);
        page.Should().Contain("Исправленная редакция.").And.Contain("Создать новую версию").And.Contain("Ни один шаблон пока не ссылается");
        (await legal.GetStringAsync("/templates/library")).Should().Contain("Ответственность").And.Contain("версия 1");
    }
}

public sealed class ClauseLibraryTestsOnSqlite(SqliteApp app) : ClauseLibraryTests(app), IClassFixture<SqliteApp>;

public sealed class ClauseLibraryTestsOnPostgres(PostgresApp app) : ClauseLibraryTests(app), IClassFixture<PostgresApp>;
