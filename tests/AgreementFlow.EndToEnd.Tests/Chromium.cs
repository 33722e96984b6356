using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download: <c>./test</c> installs the <c>chromium</c> package), shared by
/// the browser fixtures whatever app they host.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // --password-store=basic: after the sign-in form Chromium's password manager would otherwise look for the
            // desktop's keyring over D-Bus, which a CI machine has not got; --disable-dev-shm-usage: shared memory in /tmp,
            // as a container's /dev/shm may be small.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--password-store=basic", "--disable-dev-shm-usage",
            ],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>The loopback address Kestrel listens on, as a browser reaches it.</summary>
    public static string BaseUrlOf(IServiceProvider services) =>
        services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
