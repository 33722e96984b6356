using AgreementFlow.Data.Persistence;
using AgreementFlow.TestSupport;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests;

/// <summary>
/// The app in demo mode on a real Kestrel port, and Debian's Chromium driven by Playwright (no browser
/// download: <c>./test</c> installs the <c>chromium</c> package).
/// </summary>
public sealed class BrowserApp() : DemoApp(DatabaseProvider.Sqlite)
{
    public const string ChromiumPath = Chromium.ExecutablePath;

    private Chromium? _chromium;

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException("The browser is not started yet.");

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots go: TestResults/screenshots beside the solution, kept as test artefacts.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(SolutionFolder(), "TestResults", "screenshots")).FullName;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(base.ExtraSettings)
    {
        // Plain HTTP on loopback: cookies cannot insist on HTTPS here.
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

    /// <summary>A fresh browser context (its own cookies) with a page of the given width, signed in through the sign-in form.</summary>
    public Task<IPage> SignInAsync(string email, string password, int width = 1280) => SignInAsync(Browser, BaseUrl, email, password, width);

    /// <summary>The same for any browser fixture: a phone-sized page (under 500 px) is 780 px high unless told, and may say it is a phone.</summary>
    public static async Task<IPage> SignInAsync(IBrowser browser, string baseUrl, string email, string password, int width, string? userAgent = null, int? height = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height ?? (width < 500 ? 780 : 900) },
            Locale = "ru-RU",
            UserAgent = userAgent,
        });
        UnhurriedTimeouts(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("Электронная почта").FillAsync(email);
        await page.GetByLabel("Пароль").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    /// <summary>
    /// Playwright's 30 s default fails a test when a loaded 2-core machine is merely slow (the first page after
    /// start-up compiles views and seeds forms); these tests assert what the user sees, not how fast.
    /// </summary>
    public static void UnhurriedTimeouts(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        Assertions.SetDefaultExpectTimeout(60_000);
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    protected override void StartHost()
    {
        UseKestrel(0);
        StartServer();
    }

    private static string SolutionFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "AgreementFlow.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}
