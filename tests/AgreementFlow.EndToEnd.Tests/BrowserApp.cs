using AgreementFlow.Data.Persistence;
using AgreementFlow.TestSupport;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests;

/// <summary>
/// The app in demo mode on a real Kestrel port, and Debian's Chromium driven by Playwright (no browser
/// download: <c>./test</c> installs the <c>chromium</c> package).
/// </summary>
public sealed partial class BrowserApp() : DemoApp(DatabaseProvider.Sqlite)
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
        await SignedInAsync(page);
        return page;
    }

    /// <summary>
    /// Waits until the page has left the sign-in form for a page with the signed-in header (its «Выйти» button). It polls
    /// the address and the page rather than waiting for a navigation's 'load' or 'DOMContentLoaded': on a fresh 2-core CI
    /// machine the first journey's landing page twice committed without either event ever reaching Playwright. If the
    /// header has not appeared in 30 s the page is written to <see cref="DiagnosticsFile"/> (which <c>./test</c> prints)
    /// and opened once more from the address bar; a second miss fails the journey.
    /// </summary>
    public static async Task SignedInAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).First;
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInAddress());
        try
        {
            await Assertions.Expect(signOut).ToBeAttachedAsync(new() { Timeout = 30_000 });
        }
        catch (PlaywrightException first)
        {
            await NoteAsync(page, first);
            await page.GotoAsync(new Uri(page.Url).PathAndQuery, new() { WaitUntil = WaitUntilState.Commit });
            await Assertions.Expect(signOut).ToBeAttachedAsync();
        }
    }

    /// <summary>Where the journeys note what a browser showed when it did not do what they waited for.</summary>
    public static string DiagnosticsFile { get; } = Path.Combine(SolutionFolder(), "TestResults", "browser-diagnostics.txt");

    private static async Task NoteAsync(IPage page, Exception waited)
    {
        string content;
        try
        {
            content = await page.EvaluateAsync<string>("() => document.readyState + ' | ' + document.title + ' | ' + (document.body ? document.body.innerText.slice(0, 400) : '(no body)')");
        }
        catch (PlaywrightException e)
        {
            content = "(the page did not answer: " + e.Message.Split('\n')[0] + ")";
        }

        var note = $"{TimeProvider.System.GetUtcNow():O} {page.Url}\n  waited for: {waited.Message.Split('\n')[0]}\n  page: {content}\n";
        await File.AppendAllTextAsync(DiagnosticsFile, note);
    }

    [GeneratedRegex("/account/signin", RegexOptions.IgnoreCase)]
    private static partial Regex SignInAddress();

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
