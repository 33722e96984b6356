using AgreementFlow.Data.Persistence;
using AgreementFlow.TestSupport.Mail;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests;

/// <summary>The app on a real Kestrel port sending its e-mail to a real SMTP server, and Debian's Chromium: a partner opens the link from the mailbox.</summary>
public sealed class PartnerBrowserApp() : MailApp(DatabaseProvider.Sqlite)
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(base.ExtraSettings)
    {
        ["Auth:CookieSecurePolicy"] = "SameAsRequest",
    };

    public override async Task InitializeAsync()
    {
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
    }

    /// <summary>A client of the real port with its own cookies, for arranging through the API.</summary>
    public HttpClient CreateApiClient() =>
        new(new HttpClientHandler { UseCookies = true, CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };

    protected override void StartHost()
    {
        UseKestrel(0);
        StartServer();
    }
}
