using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Workflows;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Pages;

/// <summary>The director's inbox, the decision page and the absence form, driven through their HTML forms.</summary>
public abstract class InboxPagesTests(AgreementFlowApp app)
{
    private static readonly string[] Cohort = ["Алексеева Мария", "Борисов Илья"];

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task TheInbox_ListsTheCoordinatorsTask_AfterADraft_WithTheDeadlineInTheOrganisationsZone()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var task = await s.OpenTaskOfAsync(id, "coordinator");

        var response = await (await s.ClientAsync("coordinator")).GetAsync("/inbox");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("Подготовить проект договора")
            .And.Contain($"href=\"/tasks/{task}\"")
            .And.Contain("Подготовка проекта")
            .And.Contain($"ЦДТ {s.Suffix}")
            .And.Contain("Asia/Krasnoyarsk, UTC&#x2B;7", "the deadline names the zone it is in")
            .And.Contain("href=\"/account/absence\"");
    }

    [Fact]
    public async Task AnEmptyInbox_ExplainsItself()
    {
        var s = await NetworkScenario.CreateAsync(app);

        var page = await (await s.ClientAsync("director2")).GetStringAsync("/inbox");

        page.Should().Contain("Нет задач — всё согласовано").And.NotContain("href=\"/tasks/");
    }

    [Fact]
    public async Task TheDecisionPage_ApprovesThroughTheForm_TheAgreementMovesOn_AndSaysThereIsNothingMore()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        await s.AnswerAsync(id, "coordinator", "submit");
        var task = await s.OpenTaskOfAsync(id, "legal");
        var legal = await s.ClientAsync("legal");

        var page = await legal.GetStringAsync($"/tasks/{task}");
        page.Should().Contain("Проверить проект договора").And.Contain("Юридическая проверка")
            .And.Contain("базовая организация").And.Contain("Школа проектирования").And.Contain("01.12.2026 – 30.06.2027")
            .And.Contain("Тест coordinator", "the coordinator's submission is the earlier answer")
            .And.Contain("name=\"Outcome\" value=\"approve\"").And.Contain("name=\"Outcome\" value=\"return\"")
            .And.Contain("Комментарий (обязателен для всех решений, кроме «Согласовать»)");

        var answer = await PageForms.PostAsync(legal, $"/tasks/{task}", [F("Outcome", "approve"), F("Comment", "")]);

        answer.StatusCode.Should().Be(HttpStatusCode.Redirect);
        answer.Headers.Location!.OriginalString.Should().Be("/inbox#main");
        (await s.StageAsync(id)).Should().Be("negotiation");
        var inbox = await legal.GetStringAsync("/inbox");
        inbox.Should().Contain("Решение принято: «Согласовать»").And.Contain("Больше задач нет").And.Contain("Нет задач — всё согласовано");
    }

    [Fact]
    public async Task AfterADecision_TheNextTaskOfTheInboxOpens()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var first = await s.DraftAgreementAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await s.DraftAgreementAsync();
        var coordinator = await s.ClientAsync("coordinator");
        var firstTask = await s.OpenTaskOfAsync(first, "coordinator");
        var secondTask = await s.OpenTaskOfAsync(second, "coordinator");

        var answer = await PageForms.PostAsync(coordinator, $"/tasks/{firstTask}", [F("Outcome", "submit")]);

        answer.StatusCode.Should().Be(HttpStatusCode.Redirect);
        answer.Headers.Location!.OriginalString.Should().Be($"/tasks/{secondTask}#main");
        (await coordinator.GetStringAsync(answer.Headers.Location)).Should().Contain("Решение принято:").And.Contain("Следующая задача — ниже.");
        (await s.StageAsync(first)).Should().Be("legal-review");
    }

    [Fact]
    public async Task AReturnWithoutAComment_ShowsTheErrorNextToTheField_AndChangesNothing()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        await s.AnswerAsync(id, "coordinator", "submit");
        var task = await s.OpenTaskOfAsync(id, "legal");
        var revision = (await s.AgreementAsync(id)).GetProperty("revision").GetInt32();

        var answer = await PageForms.PostAsync(await s.ClientAsync("legal"), $"/tasks/{task}", [F("Outcome", "return"), F("Comment", "  ")]);

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await answer.Content.ReadAsStringAsync();
        page.Should().Contain("<span class=\"field-error\" id=\"comment-error\">Для решения «Вернуть на доработку» напишите комментарий");
        (await s.StageAsync(id)).Should().Be("legal-review");
        (await s.AgreementAsync(id)).GetProperty("revision").GetInt32().Should().Be(revision);
    }

    [Fact]
    public async Task SomeoneElsesTaskPage_Is403_AnUnknownOneIs404_AndAPostChangesNothing()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var task = await s.OpenTaskOfAsync(id, "coordinator");
        var stranger = await s.ClientAsync("director1");

        var foreign = await stranger.GetAsync($"/tasks/{task}");
        var unknown = await stranger.GetAsync($"/tasks/{Guid.NewGuid()}");
        var post = await PageForms.PostAsync(stranger, "/account/absence", [F("Outcome", "submit")], $"/tasks/{task}");

        foreign.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await foreign.Content.ReadAsStringAsync()).Should().Contain("Нет доступа").And.NotContain("Подготовить проект договора");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("Страница не найдена");
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await s.StageAsync(id)).Should().Be("drafting");
    }

    [Fact]
    public async Task AnAnswerWithoutTheAntiforgeryToken_IsRefused()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var task = await s.OpenTaskOfAsync(id, "coordinator");
        var coordinator = await s.ClientAsync("coordinator");
        await coordinator.GetAsync($"/tasks/{task}");

        var response = await coordinator.PostAsync($"/tasks/{task}", new FormUrlEncodedContent([F("Outcome", "submit")]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await s.StageAsync(id)).Should().Be("drafting");
    }

    [Fact]
    public async Task AnAnswerToATaskAnsweredMeanwhile_Is409_WithALinkToReload()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var task = await s.OpenTaskOfAsync(id, "coordinator");
        var coordinator = await s.ClientAsync("coordinator");
        var token = await PageForms.TokenOfAsync(coordinator, $"/tasks/{task}");
        (await s.AnswerAsync(id, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);

        var late = await coordinator.PostAsync($"/tasks/{task}", new FormUrlEncodedContent([F("Outcome", "submit"), F("__RequestVerificationToken", token)]));

        late.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await late.Content.ReadAsStringAsync()).Should().Contain("Ваше решение не записано").And.Contain($"href=\"/tasks/{task}\"");
    }

    [Fact]
    public async Task ATaskIsDelegatedFromItsPage_ToADirectorOfTheSameOrganisation()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        await s.AnswerAsync(id, "coordinator", "submit");
        await s.AnswerAsync(id, "legal", "approve");
        await s.AnswerAsync(id, "director1", "accept");
        await s.AnswerAsync(id, "director2", "accept");
        var task = await s.OpenTaskOfAsync(id, "director");
        var director = await s.ClientAsync("director");

        var page = await director.GetStringAsync($"/tasks/{task}");
        page.Should().Contain("Передать задачу коллеге").And.Contain($"<option value=\"{s.PersonId("deputy")}\">Тест deputy</option>")
            .And.NotContain($"<option value=\"{s.PersonId("legal")}\"", "only colleagues with the same role can take a task over");
        var delegated = await PageForms.PostAsync(director, $"/tasks/{task}", [F("DelegateTo", s.PersonId("deputy").ToString())], $"/tasks/{task}?handler=Delegate");

        delegated.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await director.GetStringAsync("/inbox")).Should().Contain("передана: Тест deputy").And.NotContain($"href=\"/tasks/{task}\"");
        var deputyInbox = await (await s.ClientAsync("deputy")).GetStringAsync("/inbox");
        deputyInbox.Should().Contain($"href=\"/tasks/{task}\"").And.Contain("передано").And.Contain("от Тест director");
    }

    [Fact]
    public async Task TheAbsenceForm_Validates_ThenTheDirectorsNextTaskGoesToTheSubstitute_MarkedActing()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var director = await s.ClientAsync("director1");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var backwards = await PageForms.PostAsync(director, "/account/absence",
            [F("Input.From", Day(7)), F("Input.To", Day(2)), F("Input.SubstituteId", s.PersonId("director1").ToString())]);
        var stranger = await PageForms.PostAsync(director, "/account/absence",
            [F("Input.From", Day(0)), F("Input.To", Day(30)), F("Input.SubstituteId", s.PersonId("director2").ToString())]);

        backwards.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await backwards.Content.ReadAsStringAsync()).Should().Contain("Последний день не может быть раньше первого.").And.Contain("Замещать себя нельзя");
        stranger.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await stranger.Content.ReadAsStringAsync()).Should().Contain("Замещать может только коллега из вашей организации.");
        await using (var db = app.CreateDbContext())
        {
            (await db.Absences.AnyAsync(a => a.PersonId == s.PersonId("director1"))).Should().BeFalse();
        }

        var saved = await PageForms.PostAsync(director, "/account/absence",
            [F("Input.From", Day(0)), F("Input.To", Day(30)), F("Input.SubstituteId", s.PersonId("clerk1").ToString()), F("Input.Note", "Отпуск")]);

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await director.GetStringAsync("/account/absence")).Should().Contain("Тест clerk1").And.Contain("Отпуск").And.Contain("записано");

        var id = await s.DraftAgreementAsync();
        await s.AnswerAsync(id, "coordinator", "submit");
        await s.AnswerAsync(id, "legal", "approve");
        var task = await s.OpenTaskOfAsync(id, "clerk1");
        var substitute = await s.ClientAsync("clerk1");

        var inbox = await substitute.GetStringAsync("/inbox");
        inbox.Should().Contain($"href=\"/tasks/{task}\"").And.Contain(">и.о.</span>").And.Contain("за Тест director1");
        (await substitute.GetStringAsync($"/tasks/{task}")).Should().Contain("Вы исполняете обязанности: Тест director1");
    }

    [Fact]
    public async Task AnAbsenceIsDeletedFromItsOwnerPage_OnlyByItsOwner()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var director = await s.ClientAsync("director1");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await PageForms.PostAsync(director, "/account/absence", [F("Input.From", today), F("Input.To", today), F("Input.SubstituteId", s.PersonId("clerk1").ToString())]))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        Guid absence;
        await using (var db = app.CreateDbContext())
        {
            absence = await db.Absences.Where(a => a.PersonId == s.PersonId("director1")).Select(a => a.Id).SingleAsync();
        }

        var foreign = await PageForms.PostAsync(await s.ClientAsync("clerk1"), "/account/absence", [F("absenceId", absence.ToString())], "/account/absence?handler=Delete");
        var own = await PageForms.PostAsync(director, "/account/absence", [F("absenceId", absence.ToString())], "/account/absence?handler=Delete");

        foreign.StatusCode.Should().Be(HttpStatusCode.NotFound);
        own.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using (var db = app.CreateDbContext())
        {
            (await db.Absences.AnyAsync(a => a.Id == absence)).Should().BeFalse();
        }
    }

    [Fact]
    public async Task TheCommissionDecidesPerStudent_OnThePage_AMissingReasonIsShownAtTheStudentsRow_AndTheRestCanBeCreditedInFull()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var clerk = await s.ClientAsync("clerk1");
        var created = await clerk.PostAsJsonAsync("/api/credit-transfers", new
        {
            applicantOrganizationId = s.School1,
            applicant = new { kind = "parent", name = "Законный представитель" },
            students = Cohort.Select(name => new { fullName = name, hours = 72, result = "зачтено" }).ToArray(),
            sourceOrganizationId = s.Centre,
            sourceOrganizationName = "ЦДТ",
            sourceProgramName = "Школа проектирования",
            targetUnit = "Внеурочная деятельность",
            requiredHours = 68,
            documents = new[] { new { fileName = "справка.pdf", contentBase64 = Convert.ToBase64String(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF")) } },
        });
        var transferId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        await AnswerTransferAsync(s, "clerk1", transferId, "submit");
        await AnswerTransferAsync(s, "clerk1", transferId, "complete");
        await AnswerTransferAsync(s, "commission1", transferId, "compared");
        var details = await s.Admin.GetFromJsonAsync<JsonElement>($"/api/credit-transfers/{transferId}");
        var students = details.GetProperty("students").EnumerateArray().Select(x => x.GetProperty("id").GetGuid().ToString()).ToList();
        var task = OpenTaskOf(details, s.PersonId("commission1"));
        var commission = await s.ClientAsync("commission1");

        var page = await commission.GetStringAsync($"/tasks/{task}");
        page.Should().Contain("Алексеева Мария").And.Contain("name=\"Decisions[1].Decision\"").And.Contain("Зачесть частично");
        var missingReason = await PageForms.PostAsync(commission, $"/tasks/{task}",
        [
            F("Decisions[0].StudentId", students[0]), F("Decisions[0].Decision", "full"),
            F("Decisions[1].StudentId", students[1]), F("Decisions[1].Decision", "refused"), F("Decisions[1].Reason", ""),
            F("Outcome", "decide"),
        ]);

        missingReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await missingReason.Content.ReadAsStringAsync()).Should().Contain("<span class=\"field-error\" id=\"d1-reason-error\">Укажите причину частичного зачёта или отказа.")
            .And.Contain("Проверьте решения: Борисов Илья.");
        await using (var db = app.CreateDbContext())
        {
            (await db.CreditTransferStudents.CountAsync(x => x.CreditTransferId == transferId && x.Decision != AgreementFlow.Data.CreditTransfers.CreditDecision.Pending))
                .Should().Be(0, "a refused answer saves no student's decision");
        }

        var decided = await PageForms.PostAsync(commission, $"/tasks/{task}",
        [
            F("CreditRestInFull", "true"),
            F("Decisions[0].StudentId", students[0]), F("Decisions[0].Decision", ""),
            F("Decisions[1].StudentId", students[1]), F("Decisions[1].Decision", "partial"), F("Decisions[1].CreditedHours", "40"), F("Decisions[1].Reason", "Не пройден модуль 3"),
            F("Outcome", "decide"),
        ]);

        decided.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await s.Admin.GetFromJsonAsync<JsonElement>($"/api/credit-transfers/{transferId}");
        after.GetProperty("stage").GetString().Should().Be("order");
        after.GetProperty("students").EnumerateArray().Select(x => x.GetProperty("decision").GetString()).Should().Equal("full", "partial");
    }

    private static Guid OpenTaskOf(JsonElement details, Guid person) => details.GetProperty("tasks").EnumerateArray()
        .First(t => t.GetProperty("status").GetString() == "open" && t.GetProperty("assignee").GetProperty("id").GetGuid() == person)
        .GetProperty("id").GetGuid();

    private static async Task AnswerTransferAsync(NetworkScenario s, string person, Guid transferId, string outcome)
    {
        var details = await s.Admin.GetFromJsonAsync<JsonElement>($"/api/credit-transfers/{transferId}");
        var task = OpenTaskOf(details, s.PersonId(person));
        (await (await s.ClientAsync(person)).PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome })).EnsureSuccessStatusCode();
    }
}

public sealed class InboxPagesTestsOnSqlite(SqliteApp app) : InboxPagesTests(app), IClassFixture<SqliteApp>;

public sealed class InboxPagesTestsOnPostgres(PostgresApp app) : InboxPagesTests(app), IClassFixture<PostgresApp>;
