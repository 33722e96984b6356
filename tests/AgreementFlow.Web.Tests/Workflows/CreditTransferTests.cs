using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AgreementFlow.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Workflows;

public abstract class CreditTransferTests(AgreementFlowApp app)
{
    private static readonly string Pdf = Convert.ToBase64String(Encoding.ASCII.GetBytes("%PDF-1.4\n% справка об обучении\n%%EOF"));

    [Fact]
    public async Task ACohort_WithMixedDecisions_GoesThroughTheOrderToCompleted()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var clerk = await s.ClientAsync("clerk1");
        var created = await clerk.PostAsJsonAsync("/api/credit-transfers", Application(s, "Иванов Иван", "Петрова Мария", "Сидоров Пётр"));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        await AnswerAsync(s, "clerk1", id, "submit");
        await AnswerAsync(s, "clerk1", id, "complete");
        await AnswerAsync(s, "commission1", id, "compared");
        var details = await clerk.GetFromJsonAsync<JsonElement>($"/api/credit-transfers/{id}");
        var students = details.GetProperty("students").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).ToList();

        var incomplete = await AnswerAsync(s, "commission1", id, "decide", new { decisions = new[] { new { studentId = students[0], decision = "full" } } });
        incomplete.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a decision is due for every student");

        var decided = await AnswerAsync(s, "commission1", id, "decide", new
        {
            decisions = new object[]
            {
                new { studentId = students[0], decision = "full" },
                new { studentId = students[1], decision = "partial", creditedHours = 20, reason = "Не пройден модуль 3" },
                new { studentId = students[2], decision = "refused", reason = "Нет документа об обучении" },
            },
        });
        decided.StatusCode.Should().Be(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        (await StageAsync(clerk, id)).Should().Be("order");

        await AnswerAsync(s, "director1", id, "sign");
        (await StageAsync(clerk, id)).Should().Be("completed");
        var final = await clerk.GetFromJsonAsync<JsonElement>($"/api/credit-transfers/{id}");
        final.GetProperty("students").EnumerateArray().Select(x => x.GetProperty("decision").GetString()).Should().Equal("full", "partial", "refused");

        // After the order there is no task to open it from: the list leads to the application's own page with the outcome.
        (await clerk.GetStringAsync("/credit-transfers")).Should().Contain($"href=\"/credit-transfers/{id}\"");
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/credit-transfers/{id}"));
        page.Should().Contain("Открытых задач нет").And.Contain("Петрова Мария").And.Contain("Зачесть частично").And.Contain("Не пройден модуль 3")
            .And.Contain("Отказать в зачёте").And.Contain("справка.pdf");
        (await (await s.ClientAsync("director2")).GetAsync($"/credit-transfers/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound,
            "another organisation's staff do not see the students");
        await using var db = app.CreateDbContext();
        (await db.PersonalDataAccesses.CountAsync(a => a.SubjectId == id && a.PersonId == s.PersonId("clerk1"))).Should().BeGreaterThanOrEqualTo(2, "every read of students' data is logged");
    }

    [Fact]
    public async Task RefusingEveryone_EndsInRefused()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var clerk = await s.ClientAsync("clerk1");
        var id = JsonDocument.Parse(await (await clerk.PostAsJsonAsync("/api/credit-transfers", Application(s, "Козлов Никита")))
            .Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        await AnswerAsync(s, "clerk1", id, "submit");
        await AnswerAsync(s, "clerk1", id, "complete");
        await AnswerAsync(s, "commission1", id, "compared");
        var student = (await clerk.GetFromJsonAsync<JsonElement>($"/api/credit-transfers/{id}")).GetProperty("students")[0].GetProperty("id").GetGuid();

        await AnswerAsync(s, "commission1", id, "decide", new { decisions = new[] { new { studentId = student, decision = "refused", reason = "Содержание не совпадает" } } });

        (await StageAsync(clerk, id)).Should().Be("refused");
    }

    [Fact]
    public async Task AFileThatIsNotAPdfOrJpeg_IsRefusedByItsContent_AndNothingIsStored()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var clerk = await s.ClientAsync("clerk1");
        var disguised = Convert.ToBase64String(Encoding.ASCII.GetBytes("MZ\x90\x00 this is an executable"));

        var response = await clerk.PostAsJsonAsync("/api/credit-transfers", new
        {
            applicantOrganizationId = s.School1,
            applicant = new { kind = "parent", name = "Иванова Ольга" },
            students = new[] { new { fullName = "Иванов Иван", hours = 36, result = "зачтено" } },
            sourceOrganizationName = "Центр", sourceProgramName = "Агрошкола", targetUnit = "Внеурочная деятельность", requiredHours = 34,
            documents = new[] { new { fileName = "справка.pdf", contentBase64 = disguised } },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("documents[0].contentBase64");
        await using var db = app.CreateDbContext();
        (await db.CreditTransfers.AnyAsync(c => c.ApplicantName == "Иванова Ольга")).Should().BeFalse();
    }

    [Fact]
    public async Task TheSupportingDocument_OpensFromTheTaskPage_ByteForByte_EachOpeningLogged_AndNotForAnotherOrganization()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var clerk = await s.ClientAsync("clerk1");
        var id = JsonDocument.Parse(await (await clerk.PostAsJsonAsync("/api/credit-transfers", Application(s, "Белова Анна", "Зайцев Олег")))
            .Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var details = await clerk.GetFromJsonAsync<JsonElement>($"/api/credit-transfers/{id}");
        var document = details.GetProperty("documents").EnumerateArray().Single();
        document.GetProperty("fileName").GetString().Should().Be("справка.pdf");
        var href = $"/api/credit-transfers/{id}/documents/{document.GetProperty("id").GetGuid()}";

        // The clerk's task page links the file under its name.
        var task = details.GetProperty("tasks").EnumerateArray().First(t => t.GetProperty("status").GetString() == "open").GetProperty("id").GetGuid();
        var page = await clerk.GetStringAsync($"/tasks/{task}");
        page.Should().Contain($"href=\"{href}\"").And.Contain("справка.pdf");

        var opened = await clerk.GetAsync(href);
        opened.StatusCode.Should().Be(HttpStatusCode.OK);
        opened.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        opened.Content.Headers.ContentDisposition!.DispositionType.Should().Be("inline");
        (await opened.Content.ReadAsByteArrayAsync()).Should().Equal(Convert.FromBase64String(Pdf), "the file opens as it was uploaded");

        (await (await s.ClientAsync("director2")).GetAsync(href)).StatusCode.Should().Be(HttpStatusCode.NotFound, "another organisation's staff cannot open it");
        (await clerk.GetAsync($"/api/credit-transfers/{id}/documents/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await using var db = app.CreateDbContext();
        (await db.PersonalDataAccesses.CountAsync(a => a.SubjectId == id && a.Action == "download-document"))
            .Should().Be(1, "each opening of a student's document is logged, and refused ones open nothing");
        (await db.PersonalDataAccesses.AnyAsync(a => a.SubjectId == id && a.PersonId == s.PersonId("clerk1") && a.Action == "download-document")).Should().BeTrue();
    }

    [Fact]
    public async Task AnotherOrganizationsApplication_IsNotShown()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var clerk = await s.ClientAsync("clerk1");
        var id = JsonDocument.Parse(await (await clerk.PostAsJsonAsync("/api/credit-transfers", Application(s, "Орлов Павел")))
            .Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        (await (await s.ClientAsync("director2")).GetAsync($"/api/credit-transfers/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await s.ClientAsync("director2")).PostAsJsonAsync("/api/credit-transfers", Application(s, "Чужой")))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static object Application(NetworkScenario s, params string[] students) => new
    {
        applicantOrganizationId = s.School1,
        applicant = new { kind = "parent", name = "Законный представитель" },
        students = students.Select(name => new { fullName = name, birthDate = "2012-04-01", hours = 72, result = "зачтено" }).ToArray(),
        sourceOrganizationId = s.Centre,
        sourceOrganizationName = "ЦДТ",
        sourceProgramName = "Школа проектирования",
        targetUnit = "Внеурочная деятельность: проектная работа",
        requiredHours = 68,
        documents = new[] { new { fileName = "справка.pdf", contentBase64 = Pdf } },
    };

    private static async Task<HttpResponseMessage> AnswerAsync(NetworkScenario s, string person, Guid transferId, string outcome, object? data = null)
    {
        var client = await s.ClientAsync(person);
        var details = await s.Admin.GetFromJsonAsync<JsonElement>($"/api/credit-transfers/{transferId}");
        var task = details.GetProperty("tasks").EnumerateArray()
            .First(t => t.GetProperty("status").GetString() == "open" && t.GetProperty("assignee").GetProperty("id").GetGuid() == s.PersonId(person))
            .GetProperty("id").GetGuid();
        var response = await client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome, data });
        return response;
    }

    private static async Task<string> StageAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/credit-transfers/{id}")).GetProperty("stage").GetString()!;
}

public sealed class CreditTransferTestsOnSqlite(SqliteApp app) : CreditTransferTests(app), IClassFixture<SqliteApp>;

public sealed class CreditTransferTestsOnPostgres(PostgresApp app) : CreditTransferTests(app), IClassFixture<PostgresApp>;
