using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.TestSupport;
using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Web.Tests.PartnerAccess;

/// <summary>
/// Partners' links end to end over HTTP, with the e-mail read back from a real SMTP server: the contact gets the work and a link,
/// opening it starts a session limited to one agreement and its actions, and every bad link is refused with nothing changed.
/// </summary>
public abstract class PartnerLinkTests(MailApp app)
{
    [Fact]
    public async Task TheContact_GetsTheLinkByEmail_TakesOverThePartnersWork_AndOpensItIntoTheirWorkPage()
    {
        var w = await PartnerWorld.InNegotiationAsync(app);
        var link = await w.ContactWithLinkAsync();

        var mail = (await w.MailsOfAsync(w.ContactEmail)).Should().ContainSingle().Subject;
        mail.Subject.Should().StartWith("Согласование: ");
        mail.Text.Should().Contain($"АСОШ 1 {w.Scenario.Suffix}").And.Contain($"ЦДТ {w.Scenario.Suffix}", "the partner and the base are named");
        mail.Text.Should().Contain("(Красноярск, UTC+7)", "the expiry reads in the partner's local time");
        var expires = (await w.School1LinksAsync())[0].GetProperty("expiresAtUtc").GetDateTime();
        expires.Should().Be(app.Clock.GetUtcNow().UtcDateTime.AddDays(14), "links last 14 days by default");
        mail.Text.Should().Contain(expires.AddHours(7).ToString("d MMMM yyyy 'г.', HH:mm", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")));
        mail.Html.Should().Contain(link);

        // The partner's part is the contact's now; the history keeps the director it came from.
        var part = await w.School1PartAsync();
        part.GetProperty("assignee").GetProperty("name").GetString().Should().Be("Анна Партнёрова");
        part.GetProperty("delegatedBy").GetProperty("id").GetGuid().Should().Be(w.Scenario.PersonId("director1"));
        await using (var db = app.CreateDbContext())
        {
            var instanceId = await db.Agreements.Where(a => a.Id == w.AgreementId).Select(a => a.WorkflowInstanceId).SingleAsync();
            (await db.JournalEntries.CountAsync(j => j.InstanceId == instanceId && j.Kind == JournalEntryKind.TaskDelegated && j.Details!.Contains("partner-contact")))
                .Should().Be(1);
        }

        // GET only shows the button: a mail client's prefetch opens nothing.
        var anonymous = app.CreateAnonymousClient();
        var landing = await anonymous.GetAsync(new Uri(link).AbsolutePath);
        landing.StatusCode.Should().Be(HttpStatusCode.OK);
        (await landing.Content.ReadAsStringAsync()).Should().Contain("Открыть договор");
        (await w.School1LinksAsync())[0].GetProperty("firstOpenedAtUtc").ValueKind.Should().Be(JsonValueKind.Null);

        var (_, opened) = await w.OpenAsync(link);
        opened.StatusCode.Should().Be(HttpStatusCode.Redirect);
        opened.Headers.Location!.OriginalString.Should().Be($"/agreements/{w.AgreementId}/review", "the contact's open work is the review");
        var links = await w.School1LinksAsync();
        links[0].GetProperty("state").GetString().Should().Be("opened");
        links[0].GetProperty("openCount").GetInt32().Should().Be(1);
        links[0].GetProperty("actions").EnumerateArray().Select(a => a.GetString()).Should().Equal("view", "comment", "propose", "answer");
    }

    [Fact]
    public async Task AScopedSession_IsRefusedEverywhereOutsideItsScope_AndChangesNothing()
    {
        var w = await PartnerWorld.InNegotiationAsync(app);
        var other = await w.Scenario.DraftAgreementAsync();
        var (partner, _) = await w.OpenAsync(await w.ContactWithLinkAsync());
        var part = PartnerWorld.IdOf(await w.School1PartAsync());

        // Answering the task through the staff API (not marked for partner sessions): refused, the task stays open.
        var answer = await partner.PostAsJsonAsync($"/api/tasks/{part}/complete", new { outcome = "accept" });
        answer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await w.School1PartAsync()).GetProperty("status").GetString().Should().Be("open");

        // Its own agreement's staff pages and API, another agreement, the inbox, the coordinator's tools: all 403.
        foreach (var url in new[]
        {
            $"/api/agreements/{w.AgreementId}", $"/agreements/{w.AgreementId}", $"/agreements/{other}", $"/api/agreements/{other}",
            "/inbox", $"/agreements/{w.AgreementId}/partners", $"/api/agreements/{w.AgreementId}/partner-contacts",
        })
        {
            (await partner.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden, url);
        }

        var resend = await partner.PostAsJsonAsync($"/api/agreements/{w.AgreementId}/partner-links", new { organizationId = w.Scenario.School1 });
        resend.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await w.School1LinksAsync()).GetArrayLength().Should().Be(1, "the partner could not send themselves a link");
    }

    [Fact]
    public async Task ForgedAndAlteredLinks_GetAClearPage_AndOpenNothing()
    {
        var w = await PartnerWorld.InNegotiationAsync(app);
        var link = await w.ContactWithLinkAsync();
        var path = new Uri(link).AbsolutePath;
        var token = path["/p/".Length..];
        var (payload, mac) = (token.Split('.')[0], token.Split('.')[1]);
        var flipped = (mac[0] == 'A' ? "B" : "A") + mac[1..];
        var otherLinkId = Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(new byte[8]).ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var client = app.CreateAnonymousClient();
        var antiforgery = await PageForms.TokenOfAsync(client, path);
        foreach (var bad in new[] { "/p/nonsense", $"/p/{payload}.{flipped}", $"/p/{payload}", $"/p/{otherLinkId}.{mac}", $"/p/{payload[..^2]}AA.{mac}" })
        {
            var shown = await client.GetAsync(bad);
            shown.StatusCode.Should().Be(HttpStatusCode.Unauthorized, bad);
            (await shown.Content.ReadAsStringAsync()).Should().Contain("Ссылка недействительна").And.Contain("Ничего не изменено");

            var posted = await client.PostAsync(bad, new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]));
            posted.StatusCode.Should().Be(HttpStatusCode.Unauthorized, bad);
            posted.Headers.TryGetValues("Set-Cookie", out var cookies);
            (cookies ?? []).Should().NotContain(c => c.StartsWith("af.session=", StringComparison.Ordinal), "no session is started");
        }

        var links = await w.School1LinksAsync();
        (links[0].GetProperty("openCount").GetInt32(), links[0].GetProperty("state").GetString()).Should().Be((0, "sent"));
    }

    [Fact]
    public async Task Revoking_EndsTheOpenSessionAtOnce_AndTheLinkReplayedAfterwards_IsRefused()
    {
        var w = await PartnerWorld.InNegotiationAsync(app);
        var link = await w.ContactWithLinkAsync();
        var (partner, _) = await w.OpenAsync(link);
        (await partner.GetAsync($"/api/agreements/{w.AgreementId}")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "signed in, but out of scope");

        var linkId = PartnerWorld.IdOf((await w.School1LinksAsync())[0]);
        var revoke = await (await w.Scenario.ClientAsync("coordinator")).PostAsync($"/api/partner-links/{linkId}/revoke", null);
        revoke.StatusCode.Should().Be(HttpStatusCode.OK);
        (await revoke.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString().Should().Be("revoked");

        var page = await partner.GetAsync("/inbox");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect, "the session ended with its link");
        page.Headers.Location!.OriginalString.Should().Be("/p/ended", "a partner without a password is told why, not sent to a sign-in form");
        (await partner.GetAsync("/p/ended")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await partner.GetAsync($"/api/agreements/{w.AgreementId}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the cookie is gone");

        var replay = app.CreateAnonymousClient();
        var shown = await replay.GetAsync(new Uri(link).AbsolutePath);
        shown.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await shown.Content.ReadAsStringAsync()).Should().Contain("Ссылка отозвана");
        (await w.School1LinksAsync())[0].GetProperty("openCount").GetInt32().Should().Be(1, "only the opening before the revocation counts");
        (await (await w.Scenario.ClientAsync("coordinator")).PostAsync($"/api/partner-links/{linkId}/revoke", null)).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Resending_RevokesTheOldLink_AndOnlyTheNewOneOpens()
    {
        var w = await PartnerWorld.InNegotiationAsync(app);
        var first = await w.ContactWithLinkAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await w.SendLinkAsync();
        var second = await w.LatestLinkOfAsync(w.ContactEmail);

        second.Should().NotBe(first);
        (await w.MailsOfAsync(w.ContactEmail)).Should().HaveCount(2);
        var links = await w.School1LinksAsync();
        links.EnumerateArray().Select(l => (l.GetProperty("state").GetString(), l.GetProperty("revokedReason").GetString()))
            .Should().Equal(("sent", null), ("revoked", "resent"));

        (await app.CreateAnonymousClient().GetAsync(new Uri(first).AbsolutePath)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var (_, opened) = await w.OpenAsync(second);
        opened.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task TaskMailToAContactWithoutAnAccount_OpensThroughTheirLink_AndOnceItHasExpired_SaysWhoToAskForANewOne()
    {
        var w = await PartnerWorld.InNegotiationAsync(app);
        var link = await w.ContactWithLinkAsync();
        var part = PartnerWorld.IdOf(await w.School1PartAsync());

        // The base's coordinator moves the contact's deadline: the e-mail about it opens the task through the contact's link.
        var coordinator = await w.Scenario.ClientAsync("coordinator");
        var moved = await coordinator.PostAsJsonAsync($"/api/tasks/{part}/deadline", new { dueAt = app.Clock.GetUtcNow().AddDays(10) });
        moved.StatusCode.Should().Be(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var changed = (await w.MailsOfAsync(w.ContactEmail))[^1];
        changed.Subject.Should().StartWith("Срок изменён");
        changed.Text.Should().Contain(link, "a contact cannot sign in, so the inbox's /tasks page would be a dead end")
            .And.NotContain($"/tasks/{part}");
        changed.Html.Should().Contain(link);

        // Past the link's 14 days, the reminders say the link is gone and who to ask, rather than linking a page they cannot open.
        app.Clock.Advance(TimeSpan.FromDays(15));
        await app.RunDueTimersAsync(); // the reminders before the deadline, now late, give way to the overdue one
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.RunDueTimersAsync();
        var reminder = (await w.MailsOfAsync(w.ContactEmail))[^1];
        reminder.Subject.Should().MatchRegex("^(Напоминание|Просрочено): ");
        reminder.Text.Should().Contain("Ссылка на договор истекла или заменена новой").And.Contain($"coordinator-{w.Scenario.Suffix}")
            .And.NotContain("/p/").And.NotContain($"/tasks/{part}");
        await w.Scenario.RenewSessionsAsync();
    }

    [Fact]
    public async Task AnExpiredLink_GetsAClearPage_AndChangesNothing()
    {
        var w = await PartnerWorld.InNegotiationAsync(app);
        var link = await w.ContactWithLinkAsync();
        var client = app.CreateAnonymousClient();
        var antiforgery = await PageForms.TokenOfAsync(client, new Uri(link).AbsolutePath);

        app.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        var shown = await client.GetAsync(new Uri(link).AbsolutePath);
        shown.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await shown.Content.ReadAsStringAsync()).Should().Contain("Срок действия ссылки истёк");
        var posted = await client.PostAsync(new Uri(link).AbsolutePath, new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]));
        posted.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await using var db = app.CreateDbContext();
        var stored = await db.PartnerLinks.SingleAsync(l => l.AgreementId == w.AgreementId);
        (stored.OpenCount, stored.FirstOpenedAtUtc).Should().Be((0, (DateTime?)null));
        await w.Scenario.RenewSessionsAsync();
    }

    [Fact]
    public async Task NewWorkForThePartner_GoesToTheContact_WithANewLinkForIt_UpToTheSignature()
    {
        var w = await PartnerWorld.InNegotiationAsync(app);
        var reviewLink = await w.ContactWithLinkAsync();
        var contactId = (await w.PartnersAsync()).GetProperty("partners")[0].GetProperty("contact").GetProperty("personId").GetGuid();

        // The contact accepts (as the review page will do it for them), the other school too: the approval opens.
        await AnswerAsContactAsync(w, contactId, "partner-review", "accept");
        (await w.Scenario.AnswerAsync(w.AgreementId, "director2", "accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await w.Scenario.StageAsync(w.AgreementId)).Should().Be("approval");

        var approvalLink = await w.LatestLinkOfAsync(w.ContactEmail);
        approvalLink.Should().NotBe(reviewLink);
        var links = await w.School1LinksAsync();
        (links[0].GetProperty("task").GetString(), links[1].GetProperty("revokedReason").GetString()).Should().Be(("approve", "new-work"));
        var approve = (await w.Scenario.AgreementAsync(w.AgreementId)).GetProperty("tasks").EnumerateArray()
            .Single(t => t.GetProperty("taskId").GetString() == "approve" && t.GetProperty("organizationId").GetGuid() == w.Scenario.School1);
        (approve.GetProperty("assignee").GetProperty("id").GetGuid(), approve.GetProperty("delegatedBy").GetProperty("id").GetGuid())
            .Should().Be((contactId, w.Scenario.PersonId("director1")), "the route chose the director; the contact answers for the school");
        (await app.CreateAnonymousClient().GetAsync(new Uri(reviewLink).AbsolutePath)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the review link is replaced");

        await AnswerAsContactAsync(w, contactId, "approve", "approve");
        (await w.Scenario.AnswerAsync(w.AgreementId, "director", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await w.Scenario.AnswerAsync(w.AgreementId, "director2", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await w.Scenario.StageAsync(w.AgreementId)).Should().Be("signing");

        var signLink = await w.LatestLinkOfAsync(w.ContactEmail);
        var mails = await w.MailsOfAsync(w.ContactEmail);
        mails[^1].Subject.Should().StartWith("Подписание: ");
        (await w.School1LinksAsync())[0].GetProperty("actions").EnumerateArray().Select(a => a.GetString()).Should().Equal("view", "sign");
        var (_, opened) = await w.OpenAsync(signLink);
        opened.Headers.Location!.OriginalString.Should().Be($"/agreements/{w.AgreementId}/sign");
    }

    private async Task AnswerAsContactAsync(PartnerWorld w, Guid contactId, string taskId, string outcome)
    {
        var part = (await w.Scenario.AgreementAsync(w.AgreementId)).GetProperty("tasks").EnumerateArray()
            .Single(t => t.GetProperty("taskId").GetString() == taskId && t.GetProperty("status").GetString() == "open"
                && t.GetProperty("assignee").GetProperty("id").GetGuid() == contactId);
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>()
            .CompleteTaskAsync(new CompleteTask(PartnerWorld.IdOf(part), contactId, outcome, null), CancellationToken.None);
        result.Succeeded.Should().BeTrue(result.Message);
    }

    [Fact]
    public async Task APartnerWithAnAccount_BecomesTheAssignee_AndSeesTheWorkInTheirInbox()
    {
        var w = await PartnerWorld.InNegotiationAsync(app);
        var put = await w.PutContactAsync(w.Scenario.Email("clerk1"), "Тест clerk1", "clerk");
        put.StatusCode.Should().Be(HttpStatusCode.OK);
        (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hasAccount").GetBoolean().Should().BeTrue();
        await w.SendLinkAsync();

        var inbox = await (await w.Scenario.ClientAsync("clerk1")).GetStringAsync("/inbox");
        inbox.Should().Contain("Рассмотреть проект договора", "the partner's review is the clerk's work now");
        var director = await (await w.Scenario.ClientAsync("director1")).GetStringAsync("/inbox");
        director.Should().NotContain("Рассмотреть проект договора");

        // With a password the same work is answered from the inbox as usual.
        (await w.Scenario.AnswerAsync(w.AgreementId, "clerk1", "accept")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task BadContacts_Get400Or409NamingTheField_AndNothingChanges()
    {
        var w = await PartnerWorld.InNegotiationAsync(app);

        var invalid = await w.PutContactAsync("not-an-email", " ", "king");
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("email", "fullName", "role");

        (await w.PutContactAsync(w.ContactEmail, organizationId: w.Scenario.Centre)).StatusCode.Should().Be(HttpStatusCode.BadRequest, "the base is not a partner");
        (await w.PutContactAsync(w.Scenario.Email("director2"))).StatusCode.Should().Be(HttpStatusCode.Conflict, "school 2's director cannot speak for school 1");
        var noContact = await (await w.Scenario.ClientAsync("coordinator")).PostAsJsonAsync($"/api/agreements/{w.AgreementId}/partner-links", new { organizationId = w.Scenario.School1 });
        noContact.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);

        var forbidden = await (await w.Scenario.ClientAsync("legal")).PutAsJsonAsync($"/api/agreements/{w.AgreementId}/partner-contacts",
            new { organizationId = w.Scenario.School1, email = w.ContactEmail, fullName = "Анна", role = "director" });
        forbidden.StatusCode.Should().Be(HttpStatusCode.Forbidden, "the base's legal staff do not manage partner access");
        (await (await w.Scenario.ClientAsync("director2")).GetAsync($"/api/agreements/{w.AgreementId}/partner-contacts")).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "a partner's own director does not either");

        (await w.PartnersAsync()).GetProperty("partners").EnumerateArray().Should().OnlyContain(p => p.GetProperty("contact").ValueKind == JsonValueKind.Null);
        await using var db = app.CreateDbContext();
        (await db.People.CountAsync(p => p.Email == w.ContactEmail)).Should().Be(0);
    }

    [Fact]
    public async Task TheCoordinatorsPage_NamesAContact_SendsALink_AndShowsItsState()
    {
        var w = await PartnerWorld.InNegotiationAsync(app);
        var coordinator = await w.Scenario.ClientAsync("coordinator");
        var url = $"/agreements/{w.AgreementId}/partners";
        (await coordinator.GetStringAsync($"/agreements/{w.AgreementId}")).Should().Contain(url, "the agreement page links to it");

        var bad = await PageForms.PostAsync(coordinator, url,
            [new("organizationId", w.Scenario.School1.ToString()), new("email", "nope"), new("fullName", "Анна Партнёрова"), new("role", "coordinator")],
            url + "?handler=Contact");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("Это не похоже на адрес электронной почты");

        var saved = await PageForms.PostAsync(coordinator, url,
            [new("organizationId", w.Scenario.School1.ToString()), new("email", w.ContactEmail), new("fullName", "Анна Партнёрова"), new("role", "coordinator")],
            url + "?handler=Contact");
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var sent = await PageForms.PostAsync(coordinator, url, [new("organizationId", w.Scenario.School1.ToString())], url + "?handler=Send");
        sent.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await coordinator.GetStringAsync(url);
        page.Should().Contain("Анна Партнёрова").And.Contain("в очереди на отправку").And.Contain("Отправить ссылку заново");
        await w.MailsOfAsync(w.ContactEmail);
        (await coordinator.GetStringAsync(url)).Should().Contain("отправлена");

        (await (await w.Scenario.ClientAsync("legal")).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}

public sealed class PartnerLinkTestsOnSqlite(SqliteMailApp app) : PartnerLinkTests(app), IClassFixture<SqliteMailApp>;

public sealed class PartnerLinkTestsOnPostgres(PostgresMailApp app) : PartnerLinkTests(app), IClassFixture<PostgresMailApp>;
