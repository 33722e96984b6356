using System.Globalization;
using AgreementFlow.Data.Persistence;
using AgreementFlow.TestSupport;
using AgreementFlow.TestSupport.Mail;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests.Signing;

/// <summary>The demo on a real Kestrel port, sending its e-mail to a real SMTP server, and Debian's Chromium.</summary>
public sealed class SigningBrowserApp() : DemoApp(DatabaseProvider.Sqlite)
{
    private Chromium? _chromium;

    public SmtpServer Smtp { get; } = new();

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException("The browser is not started yet.");

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
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A phone-sized browser signed in through the sign-in form.</summary>
    public Task<IPage> SignInAsync(string email, int width) =>
        BrowserApp.SignInAsync(Browser, BaseUrl, email, DemoPassword, width, "Mozilla/5.0 (Linux; Android 14) Chrome/140 Mobile AgreementFlowSigningTest", height: 780);

    protected override void StartHost()
    {
        UseKestrel(0);
        StartServer();
    }
}
