using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.TestSupport;

namespace AgreementFlow.Web.Tests.Workflows;

/// <summary>Whole lifecycles through the API, on both databases.</summary>
public abstract class AgreementLifecycleTests(AgreementFlowApp app)
{
    [Fact]
    public async Task AnAgreement_GoesFromDraftingToArchived_AndItsJournalHolds()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync(termTo: "2027-01-15");
        (await s.StageAsync(id)).Should().Be("drafting");

        (await s.AnswerAsync(id, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.StageAsync(id)).Should().Be("legal-review");

        (await s.AnswerAsync(id, "legal", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.StageAsync(id)).Should().Be("negotiation");

        (await s.AnswerAsync(id, "director1", "accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.StageAsync(id)).Should().Be("negotiation", "every partner must accept");
        (await s.AnswerAsync(id, "director2", "accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.StageAsync(id)).Should().Be("approval");

        (await s.AnswerAsync(id, "director", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.AnswerAsync(id, "director1", "approve-with-remarks", "Уточнить график занятий")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.AnswerAsync(id, "director2", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.StageAsync(id)).Should().Be("signing");

        // Partners sign first, in order, then the base.
        var agreement = await s.AgreementAsync(id);
        OpenAssignees(agreement).Should().Equal(s.PersonId("director1"));
        (await s.SignAsync(id, "director1")).StatusCode.Should().Be(HttpStatusCode.OK);
        OpenAssignees(await s.AgreementAsync(id)).Should().Equal(s.PersonId("director2"));
        (await s.SignAsync(id, "director2")).StatusCode.Should().Be(HttpStatusCode.OK);
        OpenAssignees(await s.AgreementAsync(id)).Should().Equal(s.PersonId("director"));
        (await s.SignAsync(id, "director")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.StageAsync(id)).Should().Be("active");

        // The term ends: the timer moves the agreement to expired, and on to the archive.
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 16, 0, 0, 0, TimeSpan.Zero));
        (await app.RunDueTimersAsync()).Should().BeGreaterThan(0);
        await s.RenewSessionsAsync();
        (await s.StageAsync(id)).Should().Be("archived");

        var journal = await s.Admin.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/journal");
        journal!.Select(j => j.GetProperty("toStage").GetString()).Where(stage => stage is not null)
            .Should().ContainInOrder("drafting", "legal-review", "negotiation", "approval", "signing", "active", "expired", "archived");
        journal.Should().Contain(j => j.GetProperty("outcome").GetString() == "approve-with-remarks" && j.GetProperty("comment").GetString() == "Уточнить график занятий");
        var verify = await s.Admin.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/journal/verify");
        verify.GetProperty("intact").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task ReturningForRework_SendsTheAgreementBackToDrafting_AndTheNextRoundIsNew()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        await s.AnswerAsync(id, "coordinator", "submit");

        var withoutComment = await s.AnswerAsync(id, "legal", "return");
        withoutComment.StatusCode.Should().Be(HttpStatusCode.BadRequest, "returning needs a reason");
        (await s.StageAsync(id)).Should().Be("legal-review");

        (await s.AnswerAsync(id, "legal", "return", "Нет раздела о ресурсах")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.StageAsync(id)).Should().Be("drafting");
        var tasks = (await s.AgreementAsync(id)).GetProperty("tasks").EnumerateArray().ToList();
        tasks.Should().Contain(t => t.GetProperty("taskId").GetString() == "prepare" && t.GetProperty("status").GetString() == "open" && t.GetProperty("round").GetInt32() == 2);
    }

    [Fact]
    public async Task AnOutcomeTheTaskDoesNotHave_Is422_AndChangesNothing()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var before = (await s.AgreementAsync(id)).GetProperty("revision").GetInt32();

        var response = await s.AnswerAsync(id, "coordinator", "sign");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await s.AgreementAsync(id)).GetProperty("revision").GetInt32().Should().Be(before);
    }

    [Fact]
    public async Task AnActiveAgreement_IsAmended_ByAnAdditionalAgreementOnItsOwnRoute()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await ActivateAsync(s);

        var coordinator = await s.ClientAsync("coordinator");
        var response = await coordinator.PostAsJsonAsync($"/api/agreements/{id}/actions/amend", new { comment = "Добавить программу" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var board = await coordinator.GetFromJsonAsync<JsonElement>($"/api/agreements?organizationId={s.Centre}&pageSize=50");
        var amendment = board.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "amendment");
        amendment.GetProperty("stage").GetString().Should().Be("drafting");
        (await s.AgreementAsync(amendment.GetProperty("id").GetGuid())).GetProperty("parentAgreementId").GetGuid().Should().Be(id);
        (await s.StageAsync(id)).Should().Be("active", "the agreement stays in force while its amendment is negotiated");
    }

    [Fact]
    public async Task Terminating_NeedsAReasonAndTheRightRole_ThenArchives()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await ActivateAsync(s);

        (await (await s.ClientAsync("director1")).PostAsJsonAsync($"/api/agreements/{id}/actions/terminate", new { comment = "Не нужно" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "a partner's director cannot terminate for the base");
        (await (await s.ClientAsync("director")).PostAsJsonAsync($"/api/agreements/{id}/actions/terminate", new { comment = "" }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await (await s.ClientAsync("director")).PostAsJsonAsync($"/api/agreements/{id}/actions/terminate", new { comment = "Программа закрыта" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        (await s.StageAsync(id)).Should().Be("archived");
    }

    [Fact]
    public async Task TheBoard_ShowsOverdueFirst_AndCountsByStage()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var late = await s.DraftAgreementAsync();
        app.Clock.Advance(TimeSpan.FromDays(30));
        await s.RenewSessionsAsync();
        var fresh = await s.DraftAgreementAsync();

        var board = await (await s.ClientAsync("coordinator")).GetFromJsonAsync<JsonElement>($"/api/agreements?organizationId={s.Centre}");

        var items = board.GetProperty("items").EnumerateArray().ToList();
        items[0].GetProperty("id").GetGuid().Should().Be(late);
        items[0].GetProperty("overdue").GetBoolean().Should().BeTrue();
        items.Should().Contain(i => i.GetProperty("id").GetGuid() == fresh && !i.GetProperty("overdue").GetBoolean());
        board.GetProperty("countsByStage").GetProperty("drafting").GetInt32().Should().BeGreaterThanOrEqualTo(2);
    }

    private static List<Guid> OpenAssignees(JsonElement agreement) =>
        [.. agreement.GetProperty("tasks").EnumerateArray()
            .Where(t => t.GetProperty("status").GetString() == "open")
            .Select(t => t.GetProperty("assignee").GetProperty("id").GetGuid())];

    /// <summary>Drafts an agreement and walks it to <c>active</c>: every answer and signature of the route.</summary>
    internal static async Task<Guid> ActivateAsync(NetworkScenario s, string? termTo = null)
    {
        var id = termTo is null ? await s.DraftAgreementAsync() : await s.DraftAgreementAsync(termTo);
        await s.AnswerAsync(id, "coordinator", "submit");
        await s.AnswerAsync(id, "legal", "approve");
        await s.AnswerAsync(id, "director1", "accept");
        await s.AnswerAsync(id, "director2", "accept");
        await s.AnswerAsync(id, "director", "approve");
        await s.AnswerAsync(id, "director1", "approve");
        await s.AnswerAsync(id, "director2", "approve");
        await s.SignAsync(id, "director1");
        await s.SignAsync(id, "director2");
        await s.SignAsync(id, "director");
        (await s.StageAsync(id)).Should().Be("active");
        return id;
    }
}

public sealed class AgreementLifecycleTestsOnSqlite(SqliteApp app) : AgreementLifecycleTests(app), IClassFixture<SqliteApp>;

public sealed class AgreementLifecycleTestsOnPostgres(PostgresApp app) : AgreementLifecycleTests(app), IClassFixture<PostgresApp>;
