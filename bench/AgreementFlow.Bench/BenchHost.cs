using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgreementFlow.Bench;

/// <summary>The app's services without its web server, over a database of the bench's own, with the demo network seeded.</summary>
internal static class BenchHost
{
    /// <summary>The local SMTP port the mail bench sends to.</summary>
    public static int SmtpPort { get; } = FreePort();

    public static async Task<IServiceProvider> StartAsync(DatabaseProvider provider, string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:AgreementFlow"] = connectionString,
            ["Demo:Enabled"] = "true",
            ["Workflows:SchedulerEnabled"] = "false",
            ["Workflows:DefinitionsFolder"] = DefinitionsFolder(),
            ["Mail:Mode"] = "Smtp",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:BatchSize"] = "500",
            ["PartnerLinks:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Storage:ArchiveFolder"] = Path.Combine(Path.GetTempPath(), "agreementflow-bench-archive"),
        });
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
        {
            // Every SQL command the app sends, for counting round trips per step.
            builder.Logging.AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information).AddFilter("Microsoft", LogLevel.Warning);
        }
        if (Environment.GetEnvironmentVariable("BENCH_QUERIES") == "1")
        {
            // Every query EF compiles (a cache miss), for finding queries that are compiled again on every step.
            builder.Logging.AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore.Query", LogLevel.Debug).AddFilter("Microsoft", LogLevel.Warning);
        }

        builder.Services.AddAgreementFlowCapabilities(builder.Configuration);
        var services = builder.Build().Services;

        await using var scope = services.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(CancellationToken.None);
        }

        return services;
    }

    /// <summary>The shipped routes and the bench's engine-only route, in a folder of their own.</summary>
    private static string DefinitionsFolder()
    {
        var folder = Directory.CreateTempSubdirectory("agreementflow-bench-definitions-").FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "workflow-definitions"), "*.json")
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Definitions"), "*.json")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
