using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Identity;

namespace AgreementFlow.Web.Tests.Negotiation;

/// <summary>The review page: the text with clause anchors, threads and proposals inline, the forms, the one next step, who may see it.</summary>
public abstract partial class ReviewPageTests(AgreementFlowApp app)
{
    [Fact]
    public async Task ACommentWithScript_RendersAsText_BesideItsClause()
    {
        var (s, id) = await NegotiationWorld.InLegalReviewAsync(app);
        var created = await (await s.ClientAsync("director1")).PostAsJsonAsync($"/api/agreements/{id}/comments", new { clauseId = "documents", text = "<script>alert('x')</script><b>жирно</b>" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);

        var page = await (await s.ClientAsync("legal")).GetStringAsync($"/agreements/{id}/review");

        page.Should().Contain("id=\"clause-documents\"").And.Contain("id=\"clause-term\"");
        page.Should().Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;жирно&lt;/b&gt;");
        page.Should().NotContain("<script>alert(").And.NotContain("<b>жирно</b>");
        var clause = page[page.IndexOf("id=\"clause-documents\"", StringComparison.Ordinal)..page.IndexOf("id=\"clause-term\"", StringComparison.Ordinal)];
        clause.Should().Contain(Documents.TestTemplates.IssuedDocumentsText).And.Contain("&lt;script&gt;", "the thread is shown with its clause");
    }

    [Fact]
    public async Task OnThePage_APartnerComments_ProposesWithAnError_ThenCorrectly_AndLegalAcceptsIntoVersion2()
    {
        var (s, id) = await NegotiationWorld.InNegotiationAsync(app);
        var partner = await s.ClientAsync("director1");
        var url = $"/agreements/{id}/review";

        var commented = await PageForms.PostAsync(partner, url, [F("clauseId", "term"), F("text", "Срок слишком короткий")], url + "?handler=Comment");
        commented.StatusCode.Should().Be(HttpStatusCode.Redirect);
        commented.Headers.Location!.OriginalString.Should().EndWith("#clause-term");

        var wrong = await PageForms.PostAsync(partner, url, [F("clauseId", "term"), F("text", "Действует до {{#if term.to}}конца года"), F("note", "")], url + "?handler=Propose");
        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var wrongPage = await wrong.Content.ReadAsStringAsync();
        wrongPage.Should().Contain("строка 1, позиция").And.Contain("Действует до {{#if term.to}}конца года", "what was typed is given back");

        var proposed = await PageForms.PostAsync(partner, url, [F("clauseId", "term"), F("text", "Договор действует с {{term.from}} по {{term.to}} и продлевается на год."), F("note", "Продление")], url + "?handler=Propose");
        proposed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var legal = await s.ClientAsync("legal");
        var legalPage = await legal.GetStringAsync(url);
        legalPage.Should().Contain("Срок слишком короткий").And.Contain("продлевается на год").And.Contain("ждёт решения юриста").And.Contain("?handler=Accept");
        (await partner.GetStringAsync(url)).Should().NotContain("?handler=Accept", "a partner does not decide on proposals");
        var proposalId = ProposalIdPattern().Match(legalPage).Groups[1].Value;

        var accepted = await PageForms.PostAsync(legal, url, [F("proposalId", proposalId), F("reason", "")], url + "?handler=Accept");

        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await legal.GetStringAsync(url);
        after.Should().Contain("Предложение принято: версия 2.").And.Contain("версия 2").And.Contain("продлевается на год.");
        after.Should().Contain("Изменения версии 2 по сравнению с версией 1").And.Contain("<ins>");
        var agreementPage = await legal.GetStringAsync($"/agreements/{id}");
        agreementPage.Should().Contain("Обсуждение текста").And.Contain($"/agreements/{id}/review").And.Contain("Отправлено партнёру");
    }

    [Fact]
    public async Task ADirectorWhoseApprovalWasVoided_SeesWhyOnTheReviewAndTaskPages_AndApprovesAgainThere()
    {
        var (s, id) = await NegotiationWorld.InApprovalAsync(app);
        (await s.AnswerAsync(id, "director", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        var proposal = await NegotiationWorld.ProposeAsync(s, id, "director2", "subject", "Стороны совместно реализуют программу «{{program.name}}» в сетевой форме.");
        (await (await s.ClientAsync("legal")).PostAsJsonAsync($"/api/proposals/{proposal.GetProperty("id").GetGuid()}/accept", new { })).StatusCode.Should().Be(HttpStatusCode.OK);
        var director = await s.ClientAsync("director");
        var task = await s.OpenTaskOfAsync(id, "director");
        var url = $"/agreements/{id}/review";

        var page = await director.GetStringAsync(url);
        page.Should().Contain("Ваш следующий шаг").And.Contain("снова на согласовании").And.Contain("согласование аннулировано: изменён текст (версия 1 → 2)");
        page.Should().Contain("name=\"outcome\" value=\"approve\"").And.Contain("аннулировано версией 2");
        var taskPage = await director.GetStringAsync($"/tasks/{task}");
        taskPage.Should().Contain("согласование аннулировано: изменён текст (версия 1 → 2)").And.Contain($"/agreements/{id}/documents/compare?from=1&amp;to=2");

        var answered = await PageForms.PostAsync(director, url, [F("taskId", task.ToString()), F("outcome", "approve"), F("comment", ""), F("answerKey", "k1")], url + "?handler=Answer");

        answered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await director.GetFromJsonAsync<JsonElement[]>("/api/tasks")).Should().BeEmpty();
        (await director.GetStringAsync(url)).Should().Contain("Решение принято: «Согласовать».").And.Contain("Задачи по этому договору у вас сейчас нет");
    }

    [Fact]
    public async Task TheReviewPage_IsForTheParties_AndALinkSessionOnlyForItsAgreementAndActions()
    {
        var (s, id) = await NegotiationWorld.InNegotiationAsync(app);
        var url = $"/agreements/{id}/review";
        var outsider = await NegotiationWorld.OutsiderAsync(s);
        (await outsider.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await outsider.GetAsync($"/agreements/{Guid.NewGuid()}/review")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var director1 = s.PersonId("director1");
        var full = await PartnerSessions.ClientAsync(app, director1, id, PartnerAction.View, PartnerAction.Comment, PartnerAction.Propose, PartnerAction.Answer);
        var fullPage = await full.GetStringAsync(url);
        fullPage.Should().Contain("name=\"outcome\" value=\"accept\"").And.Contain("?handler=Comment").And.Contain("?handler=Propose");

        var viewOnly = await PartnerSessions.ClientAsync(app, director1, id, PartnerAction.View);
        var viewPage = await viewOnly.GetStringAsync(url);
        viewPage.Should().NotContain("?handler=Comment").And.NotContain("name=\"outcome\"").And.Contain("не позволяет принять решение");
        var task = await s.OpenTaskOfAsync(id, "director1");
        var refused = await PostAsLinkAsync(viewOnly, url, [F("taskId", task.ToString()), F("outcome", "accept"), F("comment", "")], url + "?handler=Answer");
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var noComment = await PostAsLinkAsync(viewOnly, url, [F("clauseId", "term"), F("text", "нельзя")], url + "?handler=Comment");
        noComment.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await s.OpenTaskOfAsync(id, "director1")).Should().Be(task, "nothing was answered");

        var otherAgreement = await PartnerSessions.ClientAsync(app, director1, await s.DraftAgreementAsync(), PartnerAction.View, PartnerAction.Answer);
        (await otherAgreement.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var answered = await PostAsLinkAsync(full, url, [F("taskId", task.ToString()), F("outcome", "accept"), F("comment", "")], url + "?handler=Answer");
        answered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await s.AgreementAsync(id)).GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == task)
            .GetProperty("outcome").GetString().Should().Be("accept");
    }

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    /// <summary>A link session's client has no cookie jar: carry the antiforgery cookie the page set along with the session's.</summary>
    private static async Task<HttpResponseMessage> PostAsLinkAsync(HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string postUrl)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html).Groups[1].Value;
        var antiforgery = page.Headers.GetValues("Set-Cookie").First(c => c.Contains("Antiforgery", StringComparison.OrdinalIgnoreCase)).Split(';')[0];
        using var request = new HttpRequestMessage(HttpMethod.Post, postUrl) { Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))) };
        // The request's own Cookie header wins over the client's default one, so it carries both.
        request.Headers.Add("Cookie", client.DefaultRequestHeaders.GetValues("Cookie").First() + "; " + antiforgery);
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"proposalId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex ProposalIdPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class ReviewPageTestsOnSqlite(SqliteApp app) : ReviewPageTests(app), IClassFixture<SqliteApp>;

public sealed class ReviewPageTestsOnPostgres(PostgresApp app) : ReviewPageTests(app), IClassFixture<PostgresApp>;
