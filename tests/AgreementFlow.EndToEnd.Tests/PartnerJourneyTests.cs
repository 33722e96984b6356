using System.Text.RegularExpressions;
using AgreementFlow.Data.Organizations;
using AgreementFlow.EndToEnd.Tests.Signing;
using AgreementFlow.Web.Mail.Delivery;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests;

/// <summary>
/// The whole negotiation and signing of one agreement in a real browser, the partner working only from the links in their
/// mailbox (a real SMTP server): draft → legal review → the partner proposes a change → legal accepts it → both directors
/// approve → the partner signs with the e-mailed code → the base director signs → active, with a number and a certificate.
/// </summary>
public sealed partial class PartnerJourneyTests(SigningBrowserApp app) : IClassFixture<SigningBrowserApp>
{
    private const string School = "МКОУ Тугачинская СОШ";
    private const string ProposedText = "Сетевая форма реализации Программ обеспечивает освоение обучающимися Программ с использованием ресурсов обеих организаций; расписание согласуется до 1 сентября.";

    private int _linksOpened;

    [Fact]
    public async Task APartner_NegotiatesAndSigns_FromTheLinksInTheirMailbox()
    {
        var title = "Сквозной договор с партнёром " + Guid.NewGuid().ToString("N")[..6];

        // The coordinator drafts the agreement with one partner school and sends it to legal review.
        var coordinator = await app.SignInAsync("coordinator@sayan-cdt.demo", 1280);
        await coordinator.GotoAsync("/agreements/new");
        await coordinator.GetByLabel(School).CheckAsync();
        await coordinator.GetByLabel("«Агрошкола»", new() { Exact = false }).CheckAsync();
        await coordinator.GetByLabel("Действует с").FillAsync("2027-01-11");
        await coordinator.GetByLabel("Действует по").FillAsync("2027-05-31");
        await coordinator.GetByLabel("Число обучающихся", new() { Exact = false }).FillAsync("12");
        await coordinator.GetByLabel("Название", new() { Exact = false }).FillAsync(title);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Создать договор" }).ClickAsync();
        await Assertions.Expect(coordinator).ToHaveURLAsync(AgreementUrl());
        var agreementId = Guid.Parse(AgreementUrl().Match(coordinator.Url).Groups[1].Value);
        await Shot(coordinator, "01-drafted");
        await AnswerAsync(coordinator, agreementId, "coordinator@sayan-cdt.demo", "Направить на юридическую проверку");

        // Legal approves the draft: it goes to the partner.
        var legal = await app.SignInAsync("legal@sayan-cdt.demo", 1280);
        await AnswerAsync(legal, agreementId, "legal@sayan-cdt.demo", "Согласовать");
        (await StageAsync(agreementId)).Should().Be("negotiation");

        // The coordinator names the partner's contact (their director) and sends the link.
        var (partnerId, partnerEmail, partnerName) = await PartnerDirectorAsync(agreementId);
        await coordinator.GotoAsync($"/agreements/{agreementId}/partners");
        await coordinator.Locator($"#email-{partnerId}").FillAsync(partnerEmail);
        await coordinator.Locator($"#name-{partnerId}").FillAsync(partnerName);
        await coordinator.Locator($"#role-{partnerId}").SelectOptionAsync(new SelectOptionValue { Label = "Директор" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Указать контакт" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Отправить ссылку" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Cell, new() { NameRegex = new Regex("в очереди на отправку|отправлена") }).First).ToBeVisibleAsync();
        await Shot(coordinator, "02-partner-contacts");

        // The partner opens the link from their mailbox on a phone, without signing in, and proposes a new text for one clause.
        var partner = await OpenNewLinkAsync(partnerEmail, "review");
        await Assertions.Expect(partner).ToHaveURLAsync(new Regex($"/agreements/{agreementId}/review"));
        await Shot(partner, "03-partner-review-360");
        var clause = partner.Locator("#clause-subject-purpose");
        await clause.GetByText("Предложить свой текст", new() { Exact = true }).ClickAsync();
        await clause.GetByLabel("Новый текст пункта").FillAsync(ProposedText);
        await clause.GetByLabel("Пояснение (необязательно)").FillAsync("Нужен срок согласования расписания");
        await clause.GetByRole(AriaRole.Button, new() { Name = "Предложить", Exact = true }).ClickAsync();
        await Assertions.Expect(partner.GetByRole(AriaRole.Status).First).ToContainTextAsync("Предложение отправлено");
        await partner.GetByLabel("Комментарий", new() { Exact = false }).First.FillAsync("Предлагаем уточнить пункт о расписании.");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Предложить изменения *" }).ClickAsync();
        await Assertions.Expect(partner.GetByRole(AriaRole.Status).First).ToBeVisibleAsync();
        await Shot(partner, "04-partner-proposed-360");
        (await StageAsync(agreementId)).Should().Be("legal-review", "changes proposed by the partner return the draft to the base's legal staff");
        await partner.Context.CloseAsync();

        // Legal accepts the proposal (a new version of the document) and sends the text back to the partner.
        await legal.GotoAsync($"/agreements/{agreementId}/review");
        var proposal = legal.Locator("#clause-subject-purpose article.proposal.pending");
        await Assertions.Expect(proposal).ToContainTextAsync("1 сентября");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Принять" }).ClickAsync();
        await Assertions.Expect(legal.GetByRole(AriaRole.Status).First).ToContainTextAsync(new Regex("Предложение принято: версия \\d+"));
        await Assertions.Expect(legal.Locator("#clause-subject-purpose .review-text")).ToContainTextAsync("1 сентября");
        await Shot(legal, "05-legal-accepted-1280");
        await AnswerAsync(legal, agreementId, "legal@sayan-cdt.demo", "Согласовать");

        // The second round reaches the partner as a new link; they accept the new text, then approve it as the school's director.
        partner = await OpenNewLinkAsync(partnerEmail, "round-2");
        await Assertions.Expect(partner).ToHaveURLAsync(new Regex($"/agreements/{agreementId}/review"));
        await Assertions.Expect(partner.Locator("#clause-subject-purpose .review-text")).ToContainTextAsync("1 сентября");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Принять", Exact = true }).ClickAsync();
        await Assertions.Expect(partner.GetByRole(AriaRole.Status).First).ToBeVisibleAsync();
        (await StageAsync(agreementId)).Should().Be("approval");
        await partner.Context.CloseAsync();
        partner = await OpenNewLinkAsync(partnerEmail, "approval");
        await Assertions.Expect(partner).ToHaveURLAsync(new Regex($"/agreements/{agreementId}/review"));
        await partner.GetByRole(AriaRole.Button, new() { Name = "Согласовать", Exact = true }).ClickAsync();
        await Assertions.Expect(partner.GetByRole(AriaRole.Status).First).ToBeVisibleAsync();
        await Shot(partner, "06-partner-approved-360");
        await partner.Context.CloseAsync();
        var director = await app.SignInAsync("director@sayan-cdt.demo", 1280);
        await AnswerAsync(director, agreementId, "director@sayan-cdt.demo", "Согласовать");
        (await StageAsync(agreementId)).Should().Be("signing");

        // Signing: the partner's new link opens the signing page; the code comes by e-mail. Then the base's director signs.
        var signer = await OpenNewLinkAsync(partnerEmail, "sign");
        await Assertions.Expect(signer).ToHaveURLAsync(new Regex($"/agreements/{agreementId}/sign"));
        (await signer.Locator("header a[href='/inbox'], header a[href='/agreements']").CountAsync()).Should().Be(0, "a link session's menu offers only its agreement's pages");
        var partnerSha = await SignWithCodeAsync(signer, partnerEmail, "07-partner-sign-360");

        await director.GotoAsync($"/agreements/{agreementId}/sign");
        var directorSha = await SignWithCodeAsync(director, "director@sayan-cdt.demo", "08-director-sign-1280");
        directorSha.Should().Be(partnerSha, "both parties sign the same final document");

        // Active, with a registration number and a certificate of completion.
        (await StageAsync(agreementId)).Should().Be("active");
        await director.GotoAsync($"/agreements/{agreementId}");
        await Assertions.Expect(director.GetByText("Сертификат завершения", new() { Exact = false }).First).ToBeVisibleAsync();
        await Shot(director, "09-active-1280");
        await using var db = app.CreateDbContext();
        var agreement = await db.Agreements.AsNoTracking().SingleAsync(a => a.Id == agreementId);
        agreement.Number.Should().NotBeNullOrWhiteSpace();
        await Assertions.Expect(director.GetByText(agreement.Number!, new() { Exact = false }).First).ToBeVisibleAsync();
        var signatures = await db.Signatures.AsNoTracking().Where(s => s.AgreementId == agreementId).ToListAsync();
        signatures.Should().HaveCount(2).And.OnlyContain(s => s.DocumentSha256 == partnerSha && s.Method == AgreementFlow.Data.Signing.SigningMethod.Simple);
    }

    /// <summary>Signs on the signing page with the code read from the mailbox; returns the document's SHA-256 the page showed.</summary>
    private async Task<string> SignWithCodeAsync(IPage page, string email, string screenshot)
    {
        // The final PDF is made in the background the first time the page asks for it.
        var sha = page.GetByTestId("document-sha");
        for (var attempt = 0; attempt < 120 && await sha.CountAsync() == 0; attempt++)
        {
            await page.WaitForTimeoutAsync(1000);
            await page.ReloadAsync();
        }

        await Assertions.Expect(sha).ToHaveTextAsync(ShaPattern());
        var shown = (await sha.TextContentAsync())!.Trim();
        var before = (await app.Smtp.MessagesAsync()).Count(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith("Код подписания", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Подписать", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Код отправлен на", new() { Exact = false })).ToBeVisibleAsync();
        var mail = await MailAsync(email, m => m.Subject.StartsWith("Код подписания", StringComparison.Ordinal), before);
        await Shot(page, screenshot);
        await page.GetByLabel("Код из письма").FillAsync(CodePattern().Match(mail.Subject).Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Подтвердить подпись" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Подписано. Подпись записана вместе с хешем документа.")).ToBeVisibleAsync();
        await Shot(page, screenshot + "-signed");
        return shown;
    }

    /// <summary>
    /// Waits for the next link e-mail to the partner (each new piece of work comes with a new link, the older one revoked),
    /// opens it in a fresh phone-sized browser without signing in and presses «Открыть договор».
    /// </summary>
    private async Task<IPage> OpenNewLinkAsync(string email, string step)
    {
        var mail = await MailAsync(email, m => LinkPattern().IsMatch(m.Text ?? ""), _linksOpened++);
        var path = LinkPattern().Match(mail.Text ?? "").Value;
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            ViewportSize = new ViewportSize { Width = 360, Height = 780 },
            Locale = "ru-RU",
        });
        BrowserApp.UnhurriedTimeouts(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Shot(page, $"link-{step}-360");
        await page.GetByRole(AriaRole.Button, new() { Name = "Открыть договор" }).ClickAsync();
        return page;
    }

    /// <summary>Dispatches the outbox to the SMTP server until the <paramref name="skip"/>+1-th matching message to <paramref name="email"/> arrives.</summary>
    private async Task<TestSupport.Mail.ReceivedMail> MailAsync(string email, Func<TestSupport.Mail.ReceivedMail, bool> match, int skip)
    {
        for (var run = 0; run < 60; run++)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(50, CancellationToken.None);
            }

            var found = (await app.Smtp.MessagesAsync())
                .Where(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase) && match(m)).OrderBy(m => m.Arrival)
                .Skip(skip).FirstOrDefault();
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException($"No such e-mail reached {email}.");
    }

    /// <summary>Opens the person's open task on the agreement and gives the answer <paramref name="outcome"/>.</summary>
    private async Task AnswerAsync(IPage page, Guid agreementId, string email, string outcome)
    {
        await using (var db = app.CreateDbContext())
        {
            var instance = await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId).Select(a => a.WorkflowInstanceId).SingleAsync();
            var person = await db.People.AsNoTracking().Where(p => p.Email == email).Select(p => p.Id).SingleAsync();
            var task = await db.TaskAssignments.AsNoTracking()
                .Where(a => a.InstanceId == instance && a.AssigneePersonId == person && a.Status == AssignmentStatus.Open)
                .Select(a => a.Id).SingleAsync();
            await page.GotoAsync($"/tasks/{task}");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = outcome, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Решение принято");
    }

    private async Task<string> StageAsync(Guid agreementId)
    {
        await using var db = app.CreateDbContext();
        return await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId).Select(a => a.Stage).SingleAsync();
    }

    private async Task<(Guid OrganizationId, string Email, string Name)> PartnerDirectorAsync(Guid agreementId)
    {
        await using var db = app.CreateDbContext();
        var partner = await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId)
            .SelectMany(a => a.Parties).Where(p => !p.IsBase).Select(p => p.OrganizationId).SingleAsync();
        var director = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == partner && m.Role == OrganizationRole.Director)
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => new { p.Email, p.FullName })
            .FirstAsync();
        return (partner, director.Email, director.FullName);
    }

    private static Task Shot(IPage page, string name) => BrowserApp.ScreenshotAsync(page, "journey-" + name);

    [GeneratedRegex("/agreements/([0-9a-f-]{36})$")]
    private static partial Regex AgreementUrl();

    [GeneratedRegex(@"/p/[A-Za-z0-9_\-\.]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ShaPattern();

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex CodePattern();
}
