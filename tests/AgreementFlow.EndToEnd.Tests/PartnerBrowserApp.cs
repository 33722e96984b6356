using AgreementFlow.Data.Persistence;
using AgreementFlow.TestSupport.Mail;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests;

/// <summary>The app on a real Kestrel port sending its e-mail to a real SMTP server, and Debian's Chromium: a partner opens the link from the mailbox.</summary>
public sealed class PartnerBrowserApp() : MailApp(DatabaseProvider.Sqlite)
{
    private Chromium? _chromium;

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException("The browser is not started yet.");

    public string BaseUrl { get; private set; } = "";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(base.ExtraSettings)
    {
        ["Auth:CookieSecurePolicy"] = "SameAsRequest",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        BaseUrl = Chromium.BaseUrlOf(Services);
        _chromium = await Chromium.LaunchAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
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
