using AgreementFlow.TestSupport;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests;

public sealed class SignInTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task ACoordinatorSignsIn_AndTheHomePageGreetsThemWithTheirOrganization(int width)
    {
        var page = await app.SignInAsync("coordinator@sayan-cdt.demo", DemoApp.DemoPassword, width);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Здравствуйте, Лебедева Наталья Викторовна!");
        await Assertions.Expect(page.GetByText("МБОУ ДО «Саянский РЦДТ»").First).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        overflow.Should().BeFalse("nothing may scroll sideways on a {0}-px screen", width);
        await BrowserApp.ScreenshotAsync(page, $"home-{width}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AWrongPassword_SaysSo_OnTheSignInPage()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl });
        BrowserApp.UnhurriedTimeouts(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("Электронная почта").FillAsync("coordinator@sayan-cdt.demo");
        await page.GetByLabel("Пароль").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Неверный e-mail или пароль.");
        await context.CloseAsync();
    }
}
