using System.Net.Http.Json;
using AgreementFlow.Data.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace AgreementFlow.TestSupport;

/// <summary>
/// The whole app, hosted in memory over a real database of its own, with a fake clock and the first
/// administrator bootstrapped. Test classes take a provider-specific subclass as their fixture.
/// </summary>
public abstract class AgreementFlowApp(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@test.agreementflow";
    public const string AdminPassword = "Admin-Test-2026!";

    private TestDatabase? _database;

    /// <summary>Monday 23 November 2026, 09:00 Moscow time.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));

    public DatabaseProvider Provider => provider;

    /// <summary>The archive's folder for this fixture: a fresh temporary directory, never the repository.</summary>
    public string ArchiveFolder { get; } = Path.Combine(Path.GetTempPath(), "agreementflow-archive-" + Guid.NewGuid().ToString("N"));

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Settings a subclass adds, e.g. demo mode.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        StartHost();
    }

    /// <summary>Starts the host: migrations and start-up tasks run now, not inside the first test.</summary>
    protected virtual void StartHost() => _ = Server;

    async Task IAsyncLifetime.DisposeAsync()
    {
        // Virtual: a subclass that holds more (a browser) disposes it too.
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(ArchiveFolder))
        {
            Directory.Delete(ArchiveFolder, recursive: true);
        }
    }

    /// <summary>A client with its own cookie jar, on https so that Secure cookies travel.</summary>
    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the API as <paramref name="email"/>.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = CreateAnonymousClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    public Task<HttpClient> SignInAsAdminAsync() => SignInAsync(AdminEmail, AdminPassword);

    /// <summary>Fires every due timer as the scheduler's sweep would; returns how many fired.</summary>
    public async Task<int> RunDueTimersAsync(int maxBatches = 100)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgreementFlow.Workflows.Runtime.WorkflowRuntime>().RunDueTimersAsync(maxBatches, CancellationToken.None);
    }

    /// <summary>A context on the app's database, for arranging data and for checking what a request changed.</summary>
    public AgreementFlowDbContext CreateDbContext() => Database.CreateContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:AgreementFlow", Database.ConnectionString);
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        // Tests fire due timers themselves (RunDueTimersAsync), under the fake clock.
        builder.UseSetting("Workflows:SchedulerEnabled", "false");
        builder.UseSetting("Storage:ArchiveFolder", ArchiveFolder);
        builder.UseSetting("PartnerLinks:SigningKey", "dGVzdC1vbmx5IHBhcnRuZXItbGluayBrZXksIDMyKyBieXRlcyBsb25nIQ==");
        // Test output shows failures, not every request the app logs.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        // EF logs its first look for the migrations history table of a fresh database as a failed command.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
