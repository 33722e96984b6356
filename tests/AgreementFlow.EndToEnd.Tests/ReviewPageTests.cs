using System.Text.RegularExpressions;
using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Organizations;
using AgreementFlow.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests;

/// <summary>The review page in a real browser: a partner's director comments and proposes on a phone, the centre's lawyer accepts on a desktop.</summary>
public sealed class ReviewPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task APartnerCommentsAndProposesAt360_AndTheLawyerAcceptsAt1280_IntoANewVersion()
    {
        var (agreementId, partnerEmail) = await AgreementInNegotiationAsync();
        var url = $"/agreements/{agreementId}/review";

        var phone = await app.SignInAsync(partnerEmail, DemoApp.DemoPassword, 360);
        await phone.GotoAsync(url);
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Ваш следующий шаг" })).ToBeVisibleAsync();
        var clause = phone.Locator("section.review-clause").Nth(1);
        var clauseId = (await clause.GetAttributeAsync("id"))!;
        clauseId.Should().StartWith("clause-");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(361, "nothing scrolls sideways on a phone");
        await BrowserApp.ScreenshotAsync(phone, "review-360");

        await clause.GetByText("Комментировать", new() { Exact = true }).ClickAsync();
        await clause.GetByLabel("Комментарий к пункту").FillAsync("<script>alert(1)</script> Уточните, кто ведёт журнал посещаемости.");
        await clause.GetByRole(AriaRole.Button, new() { Name = "Отправить комментарий" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status).First).ToContainTextAsync("Комментарий добавлен");
        await Assertions.Expect(phone.Locator($"#{clauseId} .comment-text").Last).ToHaveTextAsync("<script>alert(1)</script> Уточните, кто ведёт журнал посещаемости.");

        var same = phone.Locator($"#{clauseId}");
        await same.GetByText("Предложить свой текст", new() { Exact = true }).ClickAsync();
        await same.GetByLabel("Новый текст пункта").FillAsync("Журнал посещаемости ведёт педагог **организации-участника**.");
        await same.GetByLabel("Пояснение (необязательно)").FillAsync("Занятия проходят у нас");
        await same.GetByRole(AriaRole.Button, new() { Name = "Предложить", Exact = true }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status).First).ToContainTextAsync("Предложение отправлено");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(361);
        await phone.Locator($"#{clauseId}").ScrollIntoViewIfNeededAsync();
        await BrowserApp.ScreenshotAsync(phone, "review-360-proposed");
        await phone.Context.CloseAsync();

        var desk = await app.SignInAsync("legal@sayan-cdt.demo", DemoApp.DemoPassword, 1280);
        await desk.GotoAsync(url);
        var proposal = desk.Locator($"#{clauseId} article.proposal.pending");
        await Assertions.Expect(proposal).ToContainTextAsync("организации-участника");
        await BrowserApp.ScreenshotAsync(desk, "review-1280");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Принять" }).ClickAsync();

        await Assertions.Expect(desk.GetByRole(AriaRole.Status).First).ToContainTextAsync(new Regex("Предложение принято: версия \\d+"));
        await Assertions.Expect(desk.Locator($"#{clauseId} .review-text")).ToContainTextAsync("Журнал посещаемости ведёт педагог организации-участника.");
        await Assertions.Expect(desk.Locator($"#{clauseId} article.proposal.accepted")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(desk, "review-1280-accepted");
        await desk.GotoAsync($"/agreements/{agreementId}");
        await Assertions.Expect(desk.GetByRole(AriaRole.Heading, new() { Name = "Обсуждение текста" })).ToBeVisibleAsync();
        await desk.Context.CloseAsync();
    }

    /// <summary>A demo agreement in negotiation with its text rendered, and the e-mail of a partner school's director.</summary>
    private async Task<(Guid AgreementId, string PartnerEmail)> AgreementInNegotiationAsync()
    {
        await using var db = app.CreateDbContext();
        var lawyersOrganizations = await db.Memberships.AsNoTracking()
            .Where(m => m.Role == OrganizationRole.Legal && db.People.Any(p => p.Id == m.PersonId && p.Email == "legal@sayan-cdt.demo"))
            .Select(m => m.OrganizationId).ToListAsync();
        var candidates = await db.Agreements.AsNoTracking().Include(a => a.Parties)
            .Where(a => a.Stage == "negotiation" && lawyersOrganizations.Contains(a.BaseOrganizationId) && db.Set<AgreementDocument>().Any(d => d.AgreementId == a.Id))
            .OrderBy(a => a.CreatedAtUtc).ToListAsync();
        candidates.Should().NotBeEmpty("the demo has agreements in negotiation with the partners");
        foreach (var agreement in candidates)
        {
            var partners = agreement.Parties.Where(p => !p.IsBase).Select(p => p.OrganizationId).ToList();
            var email = await db.Memberships.AsNoTracking()
                .Where(m => partners.Contains(m.OrganizationId) && m.Role == OrganizationRole.Director)
                .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => p.Email)
                .Where(e => e.EndsWith(".demo"))
                .FirstOrDefaultAsync();
            if (email is not null)
            {
                return (agreement.Id, email);
            }
        }

        throw new InvalidOperationException("No demo agreement in negotiation has a partner director with a demo account.");
    }
}
