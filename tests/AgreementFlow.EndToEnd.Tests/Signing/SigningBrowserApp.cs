using System.Globalization;
using AgreementFlow.Data.Persistence;
using AgreementFlow.TestSupport;
using AgreementFlow.TestSupport.Mail;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests.Signing;

/// <summary>The demo on a real Kestrel port, sending its e-mail to a real SMTP server, and Debian's Chromium.</summary>
public sealed class SigningBrowserApp() : DemoApp(DatabaseProvider.Sqlite)
{
    private IPlaywright? _playwright;

    public SmtpServer Smtp { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(base.ExtraSettings)
    {
        ["Auth:CookieSecurePolicy"] = "SameAsRequest",
        ["Mail:Mode"] = "Smtp",
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Mail:From"] = "AgreementFlow <noreply@agreementflow.test>",
        ["Mail:TimeoutSeconds"] = "10",
    };

    public override async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        await base.InitializeAsync();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserApp.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A phone-sized browser signed in through the sign-in form.</summary>
    public async Task<IPage> SignInAsync(string email, int width)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 780 },
            Locale = "ru-RU",
            UserAgent = "Mozilla/5.0 (Linux; Android 14) Chrome/140 Mobile AgreementFlowSigningTest",
        });
        BrowserApp.UnhurriedTimeouts(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("Электронная почта").FillAsync(email);
        await page.GetByLabel("Пароль").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
        return page;
    }

    protected override void StartHost()
    {
        UseKestrel(0);
        StartServer();
    }
}
