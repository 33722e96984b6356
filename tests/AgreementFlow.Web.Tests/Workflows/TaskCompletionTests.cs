using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.Data.Organizations;
using AgreementFlow.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Workflows;

/// <summary>Answers under concurrency, repeats, strangers; substitution and delegation; the journal's hash chain.</summary>
public abstract class TaskCompletionTests(AgreementFlowApp app)
{
    [Fact]
    public async Task TwoSimultaneousAnswers_MakeExactlyOneStep_TheOtherIs409()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var task = await s.OpenTaskOfAsync(id, "coordinator");
        var first = await app.SignInAsync(s.Email("coordinator"), NetworkScenario.Password);
        var second = await app.SignInAsync(s.Email("coordinator"), NetworkScenario.Password);

        var answers = await Task.WhenAll(
            first.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "submit" }),
            second.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "submit" }));

        answers.Select(a => a.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        await using var db = app.CreateDbContext();
        var instanceId = (await s.AgreementAsync(id)).GetProperty("workflowInstanceId").GetGuid();
        (await db.JournalEntries.CountAsync(j => j.InstanceId == instanceId && j.Kind == AgreementFlow.Workflows.Runtime.Journal.JournalEntryKind.TaskCompleted)).Should().Be(1);
        (await s.StageAsync(id)).Should().Be("legal-review");
    }

    [Fact]
    public async Task ARepeatWithTheSameIdempotencyKey_GetsTheSameAnswer_AndWritesOneJournalEntry()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var task = await s.OpenTaskOfAsync(id, "coordinator");
        var client = await s.ClientAsync("coordinator");

        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{task}/complete") { Content = JsonContent.Create(new { outcome = "submit" }) };
            request.Headers.Add("Idempotency-Key", "submit-once-" + task);
            return await client.SendAsync(request);
        }

        var first = await SendAsync();
        var repeat = await SendAsync();

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        repeat.StatusCode.Should().Be(HttpStatusCode.OK);
        (await repeat.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        var journal = await s.Admin.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/journal");
        journal!.Count(j => j.GetProperty("kind").GetString() == "taskCompleted").Should().Be(1);
    }

    [Fact]
    public async Task AStaleIfMatch_Is409_AndChangesNothing()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var task = await s.OpenTaskOfAsync(id, "coordinator");
        var revision = (await s.AgreementAsync(id)).GetProperty("revision").GetInt32();
        var client = await s.ClientAsync("coordinator");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{task}/complete") { Content = JsonContent.Create(new { outcome = "submit" }) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{revision - 1}\"");
        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await s.StageAsync(id)).Should().Be("drafting");
    }

    [Fact]
    public async Task SomeoneElsesTask_Is403_AndNothingChanges()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        var task = await s.OpenTaskOfAsync(id, "coordinator");
        var stranger = await s.ClientAsync("director1");

        var response = await stranger.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "submit" });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await s.StageAsync(id)).Should().Be("drafting");
        (await s.AgreementAsync(id)).GetProperty("revision").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task AnAbsentDirector_IsReplacedByTheSubstitute_MarkedActingFor()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await using (var db = app.CreateDbContext())
        {
            db.Absences.Add(new Absence
            {
                Id = Guid.NewGuid(),
                PersonId = s.PersonId("director1"),
                SubstituteId = s.PersonId("clerk1"),
                From = new DateOnly(2026, 1, 1),
                To = new DateOnly(2027, 12, 31),
                Note = "Отпуск",
            });
            await db.SaveChangesAsync();
        }

        var id = await s.DraftAgreementAsync();
        await s.AnswerAsync(id, "coordinator", "submit");
        await s.AnswerAsync(id, "legal", "approve");

        // The school's only director is on leave: the negotiation task goes to the one who acts for them.
        var inbox = await (await s.ClientAsync("clerk1")).GetFromJsonAsync<JsonElement[]>("/api/tasks?mine=true");
        var item = inbox!.Single(i => i.GetProperty("subjectId").GetGuid() == id);
        item.GetProperty("asSubstitute").GetBoolean().Should().BeTrue();
        item.GetProperty("task").GetProperty("actingFor").GetProperty("id").GetGuid().Should().Be(s.PersonId("director1"));

        (await s.AnswerAsync(id, "clerk1", "accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        var journal = await s.Admin.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/journal");
        journal!.Should().Contain(j => j.GetProperty("actor").ValueKind == JsonValueKind.Object
            && j.GetProperty("actor").GetProperty("id").GetGuid() == s.PersonId("clerk1")
            && j.GetProperty("actingFor").GetProperty("id").GetGuid() == s.PersonId("director1"));
    }

    [Fact]
    public async Task ADelegatedTask_MovesToTheColleague_AndHistoryKeepsBoth()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await ActivateUntilApprovalAsync(s);
        var task = await s.OpenTaskOfAsync(id, "director");
        var director = await s.ClientAsync("director");

        (await director.PostAsJsonAsync($"/api/tasks/{task}/delegate", new { personId = s.PersonId("legal") }))
            .StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "only a colleague of the same role can take it");
        (await director.PostAsJsonAsync($"/api/tasks/{task}/delegate", new { personId = s.PersonId("deputy") }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var delegated = (await s.AgreementAsync(id)).GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == task);
        delegated.GetProperty("assignee").GetProperty("id").GetGuid().Should().Be(s.PersonId("deputy"));
        delegated.GetProperty("delegatedBy").GetProperty("id").GetGuid().Should().Be(s.PersonId("director"));
        (await director.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "approve" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await s.AnswerAsync(id, "deputy", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task JournalVerification_NamesAnEditedEntry()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        await s.AnswerAsync(id, "coordinator", "submit");
        await s.AnswerAsync(id, "legal", "return", "Исходный комментарий");
        var instanceId = (await s.AgreementAsync(id)).GetProperty("workflowInstanceId").GetGuid();

        await using (var db = app.CreateDbContext())
        {
            var entry = await db.JournalEntries.SingleAsync(j => j.InstanceId == instanceId && j.Comment == "Исходный комментарий");
            await db.JournalEntries.Where(j => j.Id == entry.Id).ExecuteUpdateAsync(u => u.SetProperty(j => j.Comment, "Подправленный комментарий"));
        }

        var verify = await s.Admin.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/journal/verify");

        verify.GetProperty("intact").GetBoolean().Should().BeFalse();
        var journal = await s.Admin.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/journal");
        var edited = journal!.Single(j => j.GetProperty("comment").GetString() == "Подправленный комментарий").GetProperty("sequence").GetInt32();
        verify.GetProperty("firstBrokenSequence").GetInt32().Should().Be(edited);
    }

    [Fact]
    public async Task TheInbox_ListsOnlyMyOpenTasks_NearestDeadlineFirst()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var older = await s.DraftAgreementAsync();
        app.Clock.Advance(TimeSpan.FromHours(1));
        var newer = await s.DraftAgreementAsync();

        var inbox = await (await s.ClientAsync("coordinator")).GetFromJsonAsync<JsonElement[]>("/api/tasks?mine=true");

        var mine = inbox!.Where(i => i.GetProperty("subjectId").GetGuid() == older || i.GetProperty("subjectId").GetGuid() == newer).ToList();
        mine.Select(i => i.GetProperty("subjectId").GetGuid()).Should().Equal(older, newer);
        mine[0].GetProperty("timeZone").GetString().Should().Be("Asia/Krasnoyarsk");
        (await (await s.ClientAsync("legal")).GetFromJsonAsync<JsonElement[]>("/api/tasks?mine=true"))!
            .Should().NotContain(i => i.GetProperty("subjectId").GetGuid() == older);
    }

    private static async Task<Guid> ActivateUntilApprovalAsync(NetworkScenario s)
    {
        var id = await s.DraftAgreementAsync();
        await s.AnswerAsync(id, "coordinator", "submit");
        await s.AnswerAsync(id, "legal", "approve");
        await s.AnswerAsync(id, "director1", "accept");
        await s.AnswerAsync(id, "director2", "accept");
        return id;
    }
}

public sealed class TaskCompletionTestsOnSqlite(SqliteApp app) : TaskCompletionTests(app), IClassFixture<SqliteApp>;

public sealed class TaskCompletionTestsOnPostgres(PostgresApp app) : TaskCompletionTests(app), IClassFixture<PostgresApp>;
