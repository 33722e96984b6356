using System.Globalization;
using AgreementFlow.Bench;
using AgreementFlow.Data.Persistence;

// Usage: dotnet run -c Release --project bench/AgreementFlow.Bench -- <steps|board|sweep|documents|mail|all>[,…] [sqlite|postgres <connection string>]
// Prints figures and ratios measured in the same run. Not a test: machines are noisy.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var parts = (args.Length > 0 ? args[0] : "all").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
bool Runs(string name) => parts.Contains(name) || parts.Contains("all");
if (parts is ["documents"])
{
    // Rendering needs no database.
    Console.WriteLine($"AgreementFlow bench — documents, {Environment.ProcessorCount} cores, {TimeProvider.System.GetUtcNow().UtcDateTime:yyyy-MM-dd HH:mm} UTC");
    await DocumentsBench.RunAsync(CancellationToken.None);
    return;
}

var provider = args.Length > 1 && args[1].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
string connectionString;
if (provider == DatabaseProvider.Postgres)
{
    connectionString = args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("AGREEMENTFLOW_BENCH_POSTGRES")
        ?? throw new InvalidOperationException("Give a PostgreSQL connection string (an empty database) as the third argument.");
}
else
{
    var folder = Directory.CreateTempSubdirectory("agreementflow-bench-").FullName;
    connectionString = $"Data Source={Path.Combine(folder, "bench.db")}";
}

Console.WriteLine($"AgreementFlow bench — {provider}, {Environment.ProcessorCount} cores, {TimeProvider.System.GetUtcNow().UtcDateTime:yyyy-MM-dd HH:mm} UTC");
var services = await BenchHost.StartAsync(provider, connectionString);
if (Runs("steps"))
{
    var clients = int.TryParse(Environment.GetEnvironmentVariable("BENCH_CLIENTS"), out var c) ? c : 8;
    await StepsBench.RunAsync(services, clients, duration: TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("BENCH_SECONDS"), out var s) ? s : 15));
}

if (Runs("board"))
{
    await BoardBench.RunAsync(services, agreements: 100_000);
}

if (Runs("sweep"))
{
    await SweepBench.RunAsync(services, timers: int.TryParse(Environment.GetEnvironmentVariable("BENCH_SWEEP_TIMERS"), out var t) ? t : 100_000);
}

if (parts.Contains("all"))
{
    await DocumentsBench.RunAsync(CancellationToken.None);
}

if (Runs("mail"))
{
    var emails = int.TryParse(Environment.GetEnvironmentVariable("BENCH_MAIL_EMAILS"), out var e) ? e : 5_000;
    var reminders = int.TryParse(Environment.GetEnvironmentVariable("BENCH_MAIL_REMINDERS"), out var r) ? r : 100_000;
    await MailBench.RunAsync(services, reminders, emails, BenchHost.SmtpPort);
}
