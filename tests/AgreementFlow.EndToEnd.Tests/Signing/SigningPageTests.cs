using System.Text.RegularExpressions;
using AgreementFlow.Web.Mail.Delivery;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests.Signing;

/// <summary>A partner school's director signs the demo's agreement on a 360 px phone with the code read from the mailbox.</summary>
public sealed partial class SigningPageTests(SigningBrowserApp app) : IClassFixture<SigningBrowserApp>
{
    [Fact]
    public async Task ThePartnersDirector_SignsOnAPhone_WithTheCodeFromTheMailbox()
    {
        var (agreementId, email) = await FirstSignerAsync();
        var page = await app.SignInAsync(email, 360);

        // The final PDF is made in the background the first time the page asks for it.
        await page.GotoAsync($"/agreements/{agreementId}/sign");
        var sha = page.GetByTestId("document-sha");
        for (var attempt = 0; attempt < 120 && await sha.CountAsync() == 0; attempt++)
        {
            await page.WaitForTimeoutAsync(1000);
            await page.ReloadAsync();
        }

        await Assertions.Expect(sha).ToHaveTextAsync(ShaPattern());
        await Assertions.Expect(page.GetByText("простая электронная подпись (код из письма)").First).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "sign-360");

        await page.GetByRole(AriaRole.Button, new() { Name = "Подписать", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Код отправлен на", new() { Exact = false })).ToBeVisibleAsync();
        var code = await CodeFromMailboxAsync(email);
        await BrowserApp.ScreenshotAsync(page, "sign-code-360");

        await page.GetByLabel("Код из письма").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Подтвердить подпись" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Подписано. Подпись записана вместе с хешем документа.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".sign-parties li.party-signed")).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(page, "sign-signed-360");

        await using var db = app.CreateDbContext();
        var signature = await db.Signatures.AsNoTracking().SingleAsync(s => s.AgreementId == agreementId);
        signature.IpAddress.Should().Be("127.0.0.1", "the browser came over a real socket");
        signature.UserAgent.Should().Contain("AgreementFlowSigningTest");
        signature.DocumentSha256.Should().Be((await sha.TextContentAsync())!.Trim());
    }

    private async Task<(Guid AgreementId, string Email)> FirstSignerAsync()
    {
        await using var db = app.CreateDbContext();
        var open = await db.TaskAssignments.AsNoTracking().Include(a => a.HumanTask)
            .Where(a => a.Status == AssignmentStatus.Open && a.HumanTask!.TaskId == "sign" && a.AssigneePersonId != null)
            .FirstAsync();
        var subject = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == open.InstanceId).Select(i => i.SubjectId).SingleAsync();
        var email = await db.People.AsNoTracking().Where(p => p.Id == open.AssigneePersonId).Select(p => p.Email).SingleAsync();
        return (subject, email);
    }

    private async Task<string> CodeFromMailboxAsync(string email)
    {
        for (var run = 0; run < 50; run++)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(200, CancellationToken.None);
            }

            var mail = (await app.Smtp.MessagesAsync()).FirstOrDefault(m =>
                m.To.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith("Код подписания", StringComparison.Ordinal));
            if (mail is not null)
            {
                mail.Text.Should().Contain("действует 10 минут");
                return CodePattern().Match(mail.Subject).Value;
            }
        }

        throw new InvalidOperationException($"No signing code reached {email}.");
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ShaPattern();

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex CodePattern();
}
