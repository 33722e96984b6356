using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Workflows;

namespace AgreementFlow.Web.Tests.Documents;

/// <summary>The draft form generated from the template's declared fields, through the API.</summary>
public abstract class DraftFormApiTests(AgreementFlowApp app)
{
    [Fact]
    public async Task DraftForm_ShowsTheTemplatesFields_DirectoryFieldsReadOnly_AndTheChecklistNamesWhatIsMissing()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await PublishFormTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, new { students = 25 });

        var form = await (await s.ClientAsync("coordinator")).GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/draft-form");

        form.GetProperty("mayEdit").GetBoolean().Should().BeTrue();
        var fields = form.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        fields["base.fullName"].GetProperty("editable").GetBoolean().Should().BeFalse("the directory fills the base organisation's name");
        fields["base.fullName"].GetProperty("value").GetString().Should().Be($"МБОУ «ЦДТ» {s.Suffix}");
        fields["documents.issued"].GetProperty("editable").GetBoolean().Should().BeTrue();
        fields["documents.issued"].GetProperty("type").GetString().Should().Be("paragraph");
        fields["lessons"].GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Should().Equal("topic", "hours");
        var missing = form.GetProperty("checklist").EnumerateArray().Where(c => !c.GetProperty("done").GetBoolean()).Select(c => c.GetProperty("text").GetString()).ToList();
        missing.Should().Contain("Заполните поле «Выдаваемые документы».").And.Contain(m => m!.Contains("документ", StringComparison.OrdinalIgnoreCase) && !m.StartsWith("Заполните", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SavingValidData_StoresIt_CompletesTheChecklist_AndLetsTheDraftGoToLegalReview()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await PublishFormTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, new { students = 25 });
        var coordinator = await s.ClientAsync("coordinator");

        (await s.AnswerAsync(id, "coordinator", "submit")).IsSuccessStatusCode.Should().BeFalse("the issued documents are not stated yet");
        var response = await coordinator.PutAsJsonAsync($"/api/agreements/{id}/data", new
        {
            values = new Dictionary<string, object?>
            {
                ["documents.issued"] = TestTemplates.IssuedDocumentsText,
                ["finance.amount"] = "1500.50",
                ["signedOn"] = "12.01.2027",
                ["mobility"] = true,
                ["studentsCount"] = 30,
                ["lessons"] = new object[] { new { topic = "Введение", hours = "4" }, new { topic = "", hours = "" } },
            },
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var form = await coordinator.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/draft-form");
        var fields = form.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        fields["signedOn"].GetProperty("value").GetString().Should().Be("2027-01-12");
        fields["finance.amount"].GetProperty("value").GetDecimal().Should().Be(1500.50m);
        fields["mobility"].GetProperty("value").GetBoolean().Should().BeTrue();
        fields["lessons"].GetProperty("value").GetArrayLength().Should().Be(1, "the empty spare row is no row");
        form.GetProperty("checklist").EnumerateArray().Should().OnlyContain(c => c.GetProperty("done").GetBoolean());
        (await s.AgreementAsync(id)).GetProperty("data").GetProperty("students").GetInt32().Should().Be(30);

        (await s.AnswerAsync(id, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.StageAsync(id)).Should().NotBe("drafting");
        var late = await coordinator.PutAsJsonAsync($"/api/agreements/{id}/data", new { values = new { documents_issued = "x" } });
        late.StatusCode.Should().Be(HttpStatusCode.Conflict, "the draft has left drafting");
    }

    [Fact]
    public async Task BadValues_Return400NamingEachField_AndNothingIsSaved()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await PublishFormTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, new { students = 25, documents = new { issued = "Старый текст" } });
        var coordinator = await s.ClientAsync("coordinator");

        var response = await coordinator.PutAsJsonAsync($"/api/agreements/{id}/data", new
        {
            values = new Dictionary<string, object?>
            {
                ["documents.issued"] = "Новый текст",
                ["finance.amount"] = "10.005",
                ["signedOn"] = "31.02.2027",
                ["studentsCount"] = "2.5",
                ["lessons"] = new object[] { new { topic = "Введение", hours = "много" } },
                ["base.fullName"] = "Другая школа",
            },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("finance.amount", "signedOn", "studentsCount", "lessons[0].hours", "base.fullName");
        errors.GetProperty("signedOn")[0].GetString().Should().Contain("не дата");
        var negative = await coordinator.PutAsJsonAsync($"/api/agreements/{id}/data", new { values = new Dictionary<string, object?> { ["finance.amount"] = -1 } });
        negative.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await negative.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .Should().BeEquivalentTo("finance.amount", "documents.issued");

        var data = (await s.AgreementAsync(id)).GetProperty("data");
        data.GetProperty("documents").GetProperty("issued").GetString().Should().Be("Старый текст");
        data.TryGetProperty("finance", out _).Should().BeFalse();
    }

    [Fact]
    public async Task APartnersDirector_SeesTheFormButMayNotSaveIt()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await PublishFormTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, new { students = 25 });
        var partner = await s.ClientAsync("director1");

        (await partner.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/draft-form")).GetProperty("mayEdit").GetBoolean().Should().BeFalse();
        var response = await partner.PutAsJsonAsync($"/api/agreements/{id}/data", new { values = new Dictionary<string, object?> { ["documents.issued"] = "x" } });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var legal = await (await s.ClientAsync("legal")).PutAsJsonAsync($"/api/agreements/{id}/data", new
        {
            values = new Dictionary<string, object?> { ["documents.issued"] = "Юрист уточнил" },
        });
        legal.StatusCode.Should().Be(HttpStatusCode.OK, "the base organisation's legal staff edit the draft too");
    }

    /// <summary>The test network form, with a field of every type added.</summary>
    internal static JsonNode FormContent()
    {
        var content = JsonSerializer.SerializeToNode(TestTemplates.NetworkContent())!;
        var fields = content["fields"]!.AsArray();
        fields.Add(JsonSerializer.SerializeToNode(new { name = "signedOn", type = "date", label = "Дата подписания", required = false }));
        fields.Add(JsonSerializer.SerializeToNode(new { name = "finance.amount", type = "money", label = "Сумма, руб.", required = false }));
        fields.Add(JsonSerializer.SerializeToNode(new { name = "studentsCount", type = "integer", label = "Число обучающихся", required = false }));
        fields.Add(JsonSerializer.SerializeToNode(new { name = "mobility", type = "boolean", label = "Академическая мобильность", required = false }));
        fields.Add(JsonSerializer.SerializeToNode(new
        {
            name = "lessons", type = "table", label = "Занятия", required = false,
            columns = new object[]
            {
                new { name = "topic", type = "text", label = "Тема", required = true },
                new { name = "hours", type = "integer", label = "Часы", required = true },
            },
        }));
        return content;
    }

    internal static async Task PublishFormTemplateAsync(NetworkScenario s)
    {
        var legal = await s.ClientAsync("legal");
        var (id, version) = await TestTemplates.DraftNetworkTemplateAsync(legal, s.Centre, FormContent(), TestTemplates.SampleData());
        var published = await legal.PostAsJsonAsync($"/api/templates/{id}/versions/{version}/publish", new { changeNote = "Форма" });
        published.StatusCode.Should().Be(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
    }
}

public sealed class DraftFormApiTestsOnSqlite(SqliteApp app) : DraftFormApiTests(app), IClassFixture<SqliteApp>;

public sealed class DraftFormApiTestsOnPostgres(PostgresApp app) : DraftFormApiTests(app), IClassFixture<PostgresApp>;
