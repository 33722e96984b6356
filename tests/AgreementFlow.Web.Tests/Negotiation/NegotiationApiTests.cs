using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Negotiation;
using AgreementFlow.TestSupport;
using AgreementFlow.Data.Mail;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Mail.Content;
using Microsoft.Extensions.DependencyInjection;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Negotiation;

/// <summary>Comments and proposals per clause through the API: threads, legal's decisions, new versions, approvals voided and given again, who may.</summary>
public abstract class NegotiationApiTests(AgreementFlowApp app)
{
    private const string Script = "<script>alert('x')</script> Кто выдаёт сертификат?";

    [Fact]
    public async Task AComment_StartsAThread_RepliesJoinIt_ItIsResolvedAndReopened_AndScriptComesBackAsTypedText()
    {
        var (s, id) = await NegotiationWorld.InLegalReviewAsync(app);
        var partner = await s.ClientAsync("director1");

        var created = await partner.PostAsJsonAsync($"/api/agreements/{id}/comments", new { clauseId = "documents", text = Script });

        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var thread = await created.Content.ReadFromJsonAsync<JsonElement>();
        var threadId = thread.GetProperty("id").GetGuid();
        thread.GetProperty("first").GetProperty("text").GetString().Should().Be(Script, "the API consumer gets the text exactly as typed, to encode where they show it");
        thread.GetProperty("first").GetProperty("documentVersion").GetInt32().Should().Be(1);
        created.Content.Headers.ContentType!.MediaType.Should().Be("application/json", "a browser never runs JSON as a page");

        var replied = await (await s.ClientAsync("legal")).PostAsJsonAsync($"/api/comments/{threadId}/replies", new { text = "Выдаёт базовая организация." });
        replied.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var answer = await (await s.ClientAsync("director2")).PostAsJsonAsync($"/api/comments/{threadId}/replies", new { text = "Согласны." });
        answer.StatusCode.Should().Be(HttpStatusCode.OK);

        var resolved = await partner.PostAsJsonAsync($"/api/comments/{threadId}/resolve", new { resolved = true });
        resolved.StatusCode.Should().Be(HttpStatusCode.OK);
        var threads = await (await s.ClientAsync("director2")).GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/comments");
        var only = threads!.Should().ContainSingle().Subject;
        only.GetProperty("resolved").GetBoolean().Should().BeTrue();
        only.GetProperty("resolvedBy").GetString().Should().Be("Тест director1");
        only.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()).Should().Equal("Выдаёт базовая организация.", "Согласны.");
        only.GetProperty("replies")[0].GetProperty("organization").GetString().Should().Contain("ЦДТ");

        var reopened = await (await s.ClientAsync("legal")).PostAsJsonAsync($"/api/comments/{threadId}/resolve", new { resolved = false });
        (await reopened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resolved").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task BadComments_Are400NamingTheField_AndNothingIsSaved()
    {
        var (s, id) = await NegotiationWorld.InLegalReviewAsync(app);
        var partner = await s.ClientAsync("director1");

        var noClause = await partner.PostAsJsonAsync($"/api/agreements/{id}/comments", new { text = "Текст" });
        var unknownClause = await partner.PostAsJsonAsync($"/api/agreements/{id}/comments", new { clauseId = "nope", text = "Текст" });
        var empty = await partner.PostAsJsonAsync($"/api/agreements/{id}/comments", new { clauseId = "documents", text = "   " });
        var tooLong = await partner.PostAsJsonAsync($"/api/agreements/{id}/comments", new { clauseId = "documents", text = new string('я', 4001) });

        foreach (var (response, field) in new[] { (noClause, "clauseId"), (unknownClause, "clauseId"), (empty, "text"), (tooLong, "text") })
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(field);
        }

        (await (await s.ClientAsync("legal")).GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/comments")).Should().BeEmpty();
    }

    [Fact]
    public async Task AnAcceptedProposal_MakesANewVersionWithTheClauseText_WhoseRedlineShowsIt_AndLaterVersionsKeepIt()
    {
        var (s, id) = await NegotiationWorld.InNegotiationAsync(app);
        const string text = "Сертификат об обучении выдаёт **организация-участник**.";

        var badSyntax = await (await s.ClientAsync("director1")).PostAsJsonAsync($"/api/agreements/{id}/proposals", new { clauseId = "documents", text = "Выдаёт {{#if base.fullName}}базовая" });
        badSyntax.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var syntaxError = (await badSyntax.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("text")[0].GetString();
        syntaxError.Should().Contain("строка 1, позиция");

        var proposal = await NegotiationWorld.ProposeAsync(s, id, "director1", "documents", text, "Документ выдаём мы");
        proposal.GetProperty("status").GetString().Should().Be("pending");
        proposal.GetProperty("documentVersion").GetInt32().Should().Be(1);

        var accepted = await (await s.ClientAsync("legal")).PostAsJsonAsync($"/api/proposals/{proposal.GetProperty("id").GetGuid()}/accept", new { reason = "Согласны" });

        accepted.StatusCode.Should().Be(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        var decision = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        decision.GetProperty("newDocumentVersion").GetInt32().Should().Be(2);
        decision.GetProperty("proposal").GetProperty("status").GetString().Should().Be("accepted");
        var legal = await s.ClientAsync("legal");
        var versions = await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/documents");
        versions!.Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("reason").GetString())).Should().Equal((2, "после изменений партнёра"), (1, "черновик"));
        var comparison = await legal.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/documents/compare?from=1&to=2");
        var changed = comparison.GetProperty("comparison").GetProperty("clauses").EnumerateArray().Where(c => c.GetProperty("change").GetString() != "unchanged").ToList();
        changed.Should().ContainSingle().Which.GetProperty("clauseId").GetString().Should().Be("documents");
        changed[0].GetProperty("segments").EnumerateArray().Where(x => x.GetProperty("kind").GetString() == "inserted")
            .Select(x => x.GetProperty("text").GetString()).Should().Contain(x => x!.Contains("организация-участник", StringComparison.Ordinal));
        using (var word = WordprocessingDocument.Open(new MemoryStream(await legal.GetByteArrayAsync($"/api/agreements/{id}/documents/2.docx")), false))
        {
            word.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("Сертификат об обучении выдаёт организация-участник.");
        }

        // The partner proposes changes on the task: back to the base, whose new version keeps the accepted clause.
        (await s.AnswerAsync(id, "director2", "propose-changes", "См. предложения")).StatusCode.Should().Be(HttpStatusCode.OK);
        versions = await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/documents");
        versions![0].GetProperty("version").GetInt32().Should().Be(3);
        (await legal.GetStringAsync($"/api/agreements/{id}/documents/3.html")).Should().Contain("организация-участник");

        // The rounds: sent with version 1, returned with version 3; a partner's link sees the return's redline inline.
        var link = await PartnerSessions.ClientAsync(app, s.PersonId("director1"), id, PartnerAction.View);
        var review = await link.GetStringAsync($"/agreements/{id}/review");
        review.Should().Contain("Отправлено партнёру").And.Contain("Возвращено базовой организации").And.Contain("Что изменилось по сравнению с версией 1");
        review.Should().MatchRegex(@"Отправлено партнёру</strong> <span class=""hint"">\d\d\.\d\d\.\d{4} \d\d:\d\d \(UTC&#x2B;7\)",
            "the partner in Krasnoyarsk reads the rounds' times in their own zone").And.NotContain(" UTC<");
        review.Should().Contain($"/agreements/{id}/documents/compare?from=1&amp;to=3", "the round links its full redline, which a link session may open");
        var redline = await link.GetAsync($"/agreements/{id}/documents/compare?from=1&to=3");
        redline.StatusCode.Should().Be(HttpStatusCode.OK);
        (await redline.Content.ReadAsStringAsync()).Should().Contain("организация-участник");
        var (other, otherId) = await NegotiationWorld.InNegotiationAsync(app);
        var elsewhere = await PartnerSessions.ClientAsync(app, other.PersonId("director1"), otherId, PartnerAction.View);
        (await elsewhere.GetAsync($"/agreements/{id}/documents/compare?from=1&to=3")).StatusCode.Should().Be(HttpStatusCode.NotFound,
            "a link is for its own agreement only");
        (await legal.GetStringAsync($"/agreements/{id}")).Should().Contain("Возвращено базовой организации → этап");
    }

    [Fact]
    public async Task AProposalAcceptedAfterOneDirectorApproved_VoidsThatApproval_AndGivesHimTheTaskAgainWithTheReason()
    {
        var (s, id) = await NegotiationWorld.InApprovalAsync(app);
        (await s.AnswerAsync(id, "director", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        var directorTask = (await s.AgreementAsync(id)).GetProperty("tasks").EnumerateArray()
            .Single(t => t.GetProperty("taskId").GetString() == "approve" && t.GetProperty("assignee").GetProperty("id").GetGuid() == s.PersonId("director"));
        directorTask.GetProperty("status").GetString().Should().Be("completed");
        var director = await s.ClientAsync("director");
        (await director.GetFromJsonAsync<JsonElement[]>("/api/tasks")).Should().BeEmpty();
        await using (var db = app.CreateDbContext())
        {
            var bound = await db.Set<ContentApproval>().AsNoTracking().SingleAsync(a => a.AssignmentId == directorTask.GetProperty("id").GetGuid());
            var v1 = await db.Set<AgreementDocument>().AsNoTracking().SingleAsync(d => d.AgreementId == id && d.Version == 1);
            (bound.DocumentVersion, bound.DocxSha256, bound.VoidedAtUtc).Should().Be((1, v1.DocxSha256, (DateTime?)null));
        }

        var proposal = await NegotiationWorld.ProposeAsync(s, id, "director1", "term", "Договор действует с {{term.from}} по {{term.to}} и продлевается автоматически.");
        var accepted = await (await s.ClientAsync("legal")).PostAsJsonAsync($"/api/proposals/{proposal.GetProperty("id").GetGuid()}/accept", new { });

        accepted.StatusCode.Should().Be(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        var decision = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        decision.GetProperty("reissuedTasks").GetInt32().Should().Be(1);
        (await s.StageAsync(id)).Should().Be("approval");
        var inbox = await director.GetFromJsonAsync<JsonElement[]>("/api/tasks");
        inbox.Should().ContainSingle("the director has the approval again")
            .Which.GetProperty("task").GetProperty("id").GetGuid().Should().Be(directorTask.GetProperty("id").GetGuid());
        var journal = await s.Admin.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/journal");
        var reissued = journal!.Should().ContainSingle(j => j.GetProperty("kind").GetString() == "taskReissued").Subject;
        reissued.GetProperty("comment").GetString().Should().Be("согласование аннулировано: изменён текст (версия 1 → 2)");
        reissued.GetProperty("actor").GetProperty("id").GetGuid().Should().Be(s.PersonId("legal"));
        (await s.Admin.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/journal/verify")).GetProperty("intact").GetBoolean().Should().BeTrue("reissuing is a journaled step of the chain");
        await using (var db = app.CreateDbContext())
        {
            var mails = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.AssignmentId == directorTask.GetProperty("id").GetGuid() && m.Kind == "task-assigned").ToListAsync();
            mails.Should().HaveCount(2, "the first assignment's e-mail and the reissue's");
            var mail = mails.Single(m => m.Payload.Contains("reissued", StringComparison.Ordinal));
            mail.RecipientPersonId.Should().Be(s.PersonId("director"));
            var payload = JsonDocument.Parse(mail.Payload).RootElement;
            payload.GetProperty("reason").GetString().Should().Be("согласование аннулировано: изменён текст (версия 1 → 2)");
            payload.GetProperty("redline").GetString().Should().Be($"/agreements/{id}/documents/compare?from=1&to=2");
            using var scope = app.Services.CreateScope();
            var composed = await scope.ServiceProvider.GetRequiredService<MailComposer>().ComposeAsync(
                mail, new MailRecipient(s.PersonId("director"), "Тест director", s.Email("director"), "ru", s.Centre, new MailPreference { PersonId = s.PersonId("director") }), CancellationToken.None);
            composed!.Text.Should().Contain("Задача выдана повторно: согласование аннулировано: изменён текст (версия 1 → 2).")
                .And.Contain($"/agreements/{id}/documents/compare?from=1&to=2", "the e-mail links the redline");
            var approvals = await db.Set<ContentApproval>().AsNoTracking().Where(a => a.AgreementId == id).ToListAsync();
            approvals.Should().HaveCount(4, "legal's approve, two partners' accepts and the director's approve were bound");
            approvals.Should().OnlyContain(a => a.VoidedAtUtc != null && a.VoidedByVersion == 2);
        }

        // Approved again: bound to version 2, and the other directors' answers complete the stage.
        (await s.AnswerAsync(id, "director", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        await using (var db = app.CreateDbContext())
        {
            var again = await db.Set<ContentApproval>().AsNoTracking().SingleAsync(a => a.AssignmentId == directorTask.GetProperty("id").GetGuid());
            (again.DocumentVersion, again.VoidedAtUtc).Should().Be((2, (DateTime?)null));
        }
    }

    [Fact]
    public async Task RejectingAProposal_NeedsAReason_AndChangesNothingInTheDocument()
    {
        var (s, id) = await NegotiationWorld.InNegotiationAsync(app);
        var proposal = await NegotiationWorld.ProposeAsync(s, id, "director2", "students", "Обучающиеся становятся обучающимися школы.");
        var legal = await s.ClientAsync("legal");
        var url = $"/api/proposals/{proposal.GetProperty("id").GetGuid()}";

        var noReason = await legal.PostAsJsonAsync(url + "/reject", new { reason = "" });
        noReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue();

        var rejected = await legal.PostAsJsonAsync(url + "/reject", new { reason = "Статус обучающихся определяет закон." });

        rejected.StatusCode.Should().Be(HttpStatusCode.OK);
        var proposals = await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/proposals");
        var only = proposals!.Should().ContainSingle().Subject;
        only.GetProperty("status").GetString().Should().Be("rejected");
        only.GetProperty("decisionReason").GetString().Should().Be("Статус обучающихся определяет закон.");
        (await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/documents")).Should().ContainSingle();
        (await legal.PostAsJsonAsync(url + "/accept", new { })).StatusCode.Should().Be(HttpStatusCode.Conflict, "a decided proposal stays decided");
        (await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/documents")).Should().ContainSingle();
        (await s.StageAsync(id)).Should().Be("negotiation");
    }

    [Fact]
    public async Task SomeoneNotInTheAgreement_Gets403_AndNothingChanges()
    {
        var (s, id) = await NegotiationWorld.InApprovalAsync(app);
        var proposal = await NegotiationWorld.ProposeAsync(s, id, "director1", "term", "Договор действует бессрочно.");
        var outsider = await NegotiationWorld.OutsiderAsync(s);
        var proposalUrl = $"/api/proposals/{proposal.GetProperty("id").GetGuid()}";

        (await outsider.GetAsync($"/api/agreements/{id}/comments")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await outsider.GetAsync($"/api/agreements/{id}/proposals")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await outsider.PostAsJsonAsync($"/api/agreements/{id}/comments", new { clauseId = "term", text = "Чужой" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await outsider.PostAsJsonAsync($"/api/agreements/{id}/proposals", new { clauseId = "term", text = "Чужой" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await outsider.PostAsJsonAsync(proposalUrl + "/accept", new { })).StatusCode.Should().Be(HttpStatusCode.Forbidden, "legal staff, but of another organisation");
        (await (await s.ClientAsync("director1")).PostAsJsonAsync(proposalUrl + "/accept", new { })).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a partner does not decide on proposals");
        (await (await s.ClientAsync("coordinator")).PostAsJsonAsync(proposalUrl + "/reject", new { reason = "нет" })).StatusCode.Should().Be(HttpStatusCode.Forbidden, "only the base's legal staff decide");
        (await outsider.GetAsync($"/api/agreements/{Guid.NewGuid()}/comments")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // Nobody approves for an organisation they do not belong to: the second school's director cannot answer the first's task.
        var otherSchoolsTask = await s.OpenTaskOfAsync(id, "director1");
        var forged = await (await s.ClientAsync("director2")).PostAsJsonAsync($"/api/tasks/{otherSchoolsTask}/complete", new { outcome = "approve" });
        forged.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var legal = await s.ClientAsync("legal");
        (await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/comments")).Should().BeEmpty();
        (await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/proposals")).Should().ContainSingle().Which.GetProperty("status").GetString().Should().Be("pending");
        (await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/documents")).Should().ContainSingle();
        (await s.OpenTaskOfAsync(id, "director1")).Should().Be(otherSchoolsTask, "the first school's approval is still open");
    }

    [Fact]
    public async Task APartnerLinkSession_MayOnlyDoWhatItsLinkAllows_OnItsOwnAgreement()
    {
        var (s, id) = await NegotiationWorld.InNegotiationAsync(app);
        var director1 = s.PersonId("director1");

        var readOnly = await PartnerSessions.ClientAsync(app, director1, id, PartnerAction.View, PartnerAction.Answer);
        (await readOnly.GetAsync($"/api/agreements/{id}/comments")).StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await readOnly.PostAsJsonAsync($"/api/agreements/{id}/comments", new { clauseId = "term", text = "Без права комментировать" });
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await readOnly.PostAsJsonAsync($"/api/agreements/{id}/proposals", new { clauseId = "term", text = "Без права предлагать" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var elsewhere = await PartnerSessions.ClientAsync(app, director1, await s.DraftAgreementAsync(), PartnerAction.View, PartnerAction.Comment);
        (await elsewhere.GetAsync($"/api/agreements/{id}/comments")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the link is for another agreement");
        (await elsewhere.PostAsJsonAsync($"/api/agreements/{id}/comments", new { clauseId = "term", text = "Чужая ссылка" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await (await s.ClientAsync("legal")).GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/comments")).Should().BeEmpty("nothing was written");

        var commenting = await PartnerSessions.ClientAsync(app, director1, id, PartnerAction.View, PartnerAction.Comment, PartnerAction.Propose);
        (await commenting.PostAsJsonAsync($"/api/agreements/{id}/comments", new { clauseId = "term", text = "По ссылке" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await commenting.PostAsJsonAsync($"/api/agreements/{id}/proposals", new { clauseId = "term", text = "Договор действует три года." })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await commenting.GetAsync($"/api/agreements/{id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "only what the boundary lets through");
    }
}

public sealed class NegotiationApiTestsOnSqlite(SqliteApp app) : NegotiationApiTests(app), IClassFixture<SqliteApp>;

public sealed class NegotiationApiTestsOnPostgres(PostgresApp app) : NegotiationApiTests(app), IClassFixture<PostgresApp>;
