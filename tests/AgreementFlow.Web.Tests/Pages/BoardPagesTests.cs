using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Api;
using AgreementFlow.Web.Tests.Workflows;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Pages;

public abstract class BoardPagesTests(AgreementFlowApp app)
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task TheBoard_ListsADraftedAgreement_CountsItsStage_AndDrawsBothCharts()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var coordinator = await s.ClientAsync("coordinator");

        var board = await coordinator.GetStringAsync("/agreements");

        board.Should().Contain($"href=\"/agreements/{id}\"").And.Contain($"АСОШ 1 {s.Suffix}").And.Contain($"СОШ 70 {s.Suffix}");
        Regex.IsMatch(board, @"class=""chip[^""]*""[^>]*>\s*Подготовка проекта <span class=""count"">1</span>").Should().BeTrue("the drafting chip counts the one agreement");
        Regex.Matches(board, "<svg class=\"chart\"").Should().HaveCount(2);
        board.Should().Contain("<title id=\"chart-stages-title\">Договоры по этапам</title>")
            .And.Contain("<title>Подготовка проекта: 1</title>")
            .And.Contain("Просроченных задач нет.");

        // The drafting task is due in 5 working days; a fortnight later it is overdue and the chart names who holds it.
        app.Clock.Advance(TimeSpan.FromDays(14));
        await s.RenewSessionsAsync();
        var later = await (await s.ClientAsync("coordinator")).GetStringAsync("/agreements");

        later.Should().Contain("просрочено").And.Contain($"<title>ЦДТ {s.Suffix}: 1</title>");
    }

    [Fact]
    public async Task TheBoardFilters_NarrowTheList_ByPartnerProgrammeTextAndStage()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var otherProgram = await AuthorizationWorld.IdOfAsync(await s.Admin.PostAsJsonAsync("/api/programs", new
        {
            name = "Агрошкола " + s.Suffix, focus = "naturalScience", level = "basic", hours = 36, ownerOrganizationId = s.Centre,
        }));
        var both = await s.DraftAgreementAsync();
        var coordinator = await s.ClientAsync("coordinator");
        var onlySchool2 = await AuthorizationWorld.IdOfAsync(await coordinator.PostAsJsonAsync("/api/agreements", new
        {
            baseOrganizationId = s.Centre, partnerOrganizationIds = new[] { s.School2 }, programIds = new[] { otherProgram },
            term = new { from = "2026-12-01", to = "2027-05-31" }, title = "Особый договор об агрошколе",
        }));
        await s.AnswerAsync(both, "coordinator", "submit");

        var byPartner = await coordinator.GetStringAsync($"/agreements?org={s.Centre}&partner={s.School1}");
        var byProgram = await coordinator.GetStringAsync($"/agreements?org={s.Centre}&program={otherProgram}");
        var byText = await coordinator.GetStringAsync($"/agreements?org={s.Centre}&q=%D0%BE%D1%81%D0%BE%D0%B1%D1%8B%D0%B9");
        var byStage = await coordinator.GetStringAsync($"/agreements?org={s.Centre}&stage=legal-review");
        var nothing = await coordinator.GetStringAsync($"/agreements?org={s.Centre}&stage=signing");

        byPartner.Should().Contain($"/agreements/{both}\"").And.NotContain($"/agreements/{onlySchool2}\"");
        byProgram.Should().Contain($"/agreements/{onlySchool2}\"").And.NotContain($"/agreements/{both}\"");
        byText.Should().Contain($"/agreements/{onlySchool2}\"").And.NotContain($"/agreements/{both}\"");
        byStage.Should().Contain($"/agreements/{both}\"").And.NotContain($"/agreements/{onlySchool2}\"");
        nothing.Should().Contain("Под эти условия не подходит ни один договор.");
        byPartner.Should().Contain($"href=\"/agreements?org={s.Centre}&amp;stage=legal-review&amp;partner={s.School1}\"", "a stage chip keeps the other filters");
    }

    [Fact]
    public async Task TheNewAgreementForm_ShowsErrorsNextToTheFields_ThenCreatesTheAgreement()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var coordinator = await s.ClientAsync("coordinator");

        var invalid = await PageForms.PostAsync(coordinator, "/agreements/new",
            [F("Input.BaseOrganizationId", s.Centre.ToString()), F("Input.ProgramIds", s.Program.ToString()),
             F("Input.TermFrom", "2027-06-30"), F("Input.TermTo", "2027-01-10"), F("Input.Students", "25")]);

        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await invalid.Content.ReadAsStringAsync();
        page.Should().Contain("Укажите хотя бы одну организацию-участника.").And.Contain("Срок действия должен заканчиваться позже, чем начинается.")
            .And.Contain("value=\"2027-06-30\"", "what was typed stays in the form");
        await using (var db = app.CreateDbContext())
        {
            (await db.Agreements.CountAsync(a => a.BaseOrganizationId == s.Centre)).Should().Be(0);
        }

        var valid = await PageForms.PostAsync(coordinator, "/agreements/new",
            [F("Input.BaseOrganizationId", s.Centre.ToString()), F("Input.PartnerOrganizationIds", s.School1.ToString()),
             F("Input.ProgramIds", s.Program.ToString()), F("Input.TermFrom", "2027-01-10"), F("Input.TermTo", "2027-06-30"), F("Input.Students", "25")]);

        valid.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = valid.Headers.Location!.OriginalString;
        location.Should().MatchRegex("^/agreements/[0-9a-f-]{36}$");
        var agreement = await coordinator.GetStringAsync(location);
        agreement.Should().Contain("Договор создан.").And.Contain("Подготовка проекта").And.Contain("10.01.2027 – 30.06.2027")
            .And.Contain($"АСОШ 1 {s.Suffix}").And.Contain("Подготовить проект договора");
    }

    [Fact]
    public async Task TheAgreementPage_DrawsTheRouteAtTheCurrentStage_AndTellsTheHistoryInWords()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        await s.AnswerAsync(id, "coordinator", "submit");
        await s.AnswerAsync(id, "legal", "return", "Нет раздела о ресурсах");

        var page = WebUtility.HtmlDecode(await (await s.ClientAsync("coordinator")).GetStringAsync($"/agreements/{id}"));

        page.Should().Contain("<svg").And.Contain("текущий этап: «Подготовка проекта»");
        Regex.IsMatch(page, @"<g class=""stage current"" data-stage=""drafting"">").Should().BeTrue("the current stage is highlighted");
        Regex.IsMatch(page, @"<g class=""stage visited"" data-stage=""legal-review"">").Should().BeTrue("a stage passed through is tinted");
        page.Should().Contain("«Проверить проект договора»: Вернуть на доработку")
            .And.Contain("Нет раздела о ресурсах")
            .And.Contain("Тест legal")
            .And.Contain("(UTC+7)", "times are written in the centre's Krasnoyarsk time")
            .And.Contain("Ваша задача:");
    }

    [Fact]
    public async Task TerminatingFromTheAgreementPage_AsksForAReason_ThenArchives()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await AgreementLifecycleTests.ActivateAsync(s);
        var director = await s.ClientAsync("director");
        (await director.GetStringAsync($"/agreements/{id}")).Should().Contain("Расторгнуть договор");

        var withoutReason = await PageForms.PostAsync(director, $"/agreements/{id}", [F("command", "terminate"), F("comment", " ")], $"/agreements/{id}?handler=Command");

        withoutReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await withoutReason.Content.ReadAsStringAsync()).Should().Contain("Укажите причину.");
        (await s.StageAsync(id)).Should().Be("active");

        var terminated = await PageForms.PostAsync(director, $"/agreements/{id}", [F("command", "terminate"), F("comment", "Программа закрыта")], $"/agreements/{id}?handler=Command");

        terminated.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await s.StageAsync(id)).Should().Be("archived");
        (await director.GetStringAsync($"/agreements/{id}")).Should().Contain("Расторгнуть договор").And.Contain("Программа закрыта").And.Contain("В архиве");
    }

    [Fact]
    public async Task TheAgreementPage_IsNotFound_ForAPersonOfAnUnrelatedOrganisation()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var stranger = await AuthorizationWorld.IdOfAsync(await s.Admin.PostAsJsonAsync("/api/organizations", new
        {
            fullName = "МБОУ «Посторонняя СОШ» " + s.Suffix, shortName = "Посторонняя " + s.Suffix, kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        }));
        var email = $"stranger-{s.Suffix}@scenario.test";
        (await s.Admin.PostAsJsonAsync("/api/people", new
        {
            fullName = "Посторонний Директор", email, password = NetworkScenario.Password,
            memberships = new[] { new { organizationId = stranger, role = "director" } },
        })).EnsureSuccessStatusCode();
        var client = await app.SignInAsync(email, NetworkScenario.Password);

        var response = await client.GetAsync($"/agreements/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Страница не найдена").And.NotContain($"АСОШ 1 {s.Suffix}");
        (await client.GetStringAsync("/agreements")).Should().NotContain($"/agreements/{id}\"");
    }

    [Fact]
    public async Task TheBatchForm_CreatesThreeAgreements_AndTheProgressPageEndsInTheMatrix()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var third = await AuthorizationWorld.IdOfAsync(await s.Admin.PostAsJsonAsync("/api/organizations", new
        {
            fullName = "МКОУ «Тугачинская СОШ» " + s.Suffix, shortName = "Тугач " + s.Suffix, kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        }));
        var coordinator = await s.ClientAsync("coordinator");

        var response = await PageForms.PostAsync(coordinator, "/agreements/batch",
            [F("Input.BaseOrganizationId", s.Centre.ToString()), F("Input.PartnerOrganizationIds", s.School1.ToString()),
             F("Input.PartnerOrganizationIds", s.School2.ToString()), F("Input.PartnerOrganizationIds", third.ToString()),
             F("Input.ProgramIds", s.Program.ToString()), F("Input.TermFrom", "2027-01-10"), F("Input.TermTo", "2027-05-31"), F("Input.Students", "12")]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var progressUrl = response.Headers.Location!.OriginalString;
        progressUrl.Should().MatchRegex("^/agreements/batches/[0-9a-f-]{36}$");
        var page = "";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            page = await coordinator.GetStringAsync(progressUrl);
            if (!page.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(100);
        }

        page.Should().NotContain("http-equiv=\"refresh\"", "the batch finished within ten seconds");
        page.Should().Contain("Готово: создано договоров — 3 из 3.").And.Contain("<progress id=\"batch-progress\" max=\"3\" value=\"3\"");
        Regex.Matches(page, "<td class=\"cell current\" title=\"Подготовка проекта\">").Should().HaveCount(3, "each school's agreement is at drafting");
        page.Should().Contain($"Тугач {s.Suffix}").And.Contain($"АСОШ 1 {s.Suffix}").And.Contain($"СОШ 70 {s.Suffix}");
        Regex.Matches(page, @"<td class=""holder"">\s*<div class=""holder-line"">\s*<strong>Тест coordinator</strong>").Should().HaveCount(3, "the coordinator holds each draft");
        (await (await s.ClientAsync("director2")).GetAsync(progressUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a partner does not see the centre's batch");
    }

    [Fact]
    public async Task TheBatchForm_WithoutSchools_ExplainsItself()
    {
        var s = await NetworkScenario.CreateAsync(app);

        var response = await PageForms.PostAsync(await s.ClientAsync("coordinator"), "/agreements/batch",
            [F("Input.BaseOrganizationId", s.Centre.ToString()), F("Input.ProgramIds", s.Program.ToString()), F("Input.TermFrom", "10.01.2027"), F("Input.TermTo", "31.05.2027"), F("Input.Students", "много")]);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Укажите хотя бы одну организацию-участника.").And.Contain("Число обучающихся — целое число от 1 до");
    }
}

public sealed class BoardPagesTestsOnSqlite(SqliteApp app) : BoardPagesTests(app), IClassFixture<SqliteApp>;

public sealed class BoardPagesTestsOnPostgres(PostgresApp app) : BoardPagesTests(app), IClassFixture<PostgresApp>;
