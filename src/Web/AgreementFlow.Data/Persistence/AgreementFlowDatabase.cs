using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Data.Persistence;

/// <summary>Configures and prepares the database for either provider; used by the app, the tests and the benchmarks alike.</summary>
public static class AgreementFlowDatabase
{
    /// <summary>Points <paramref name="options"/> at the chosen database.</summary>
    public static DbContextOptionsBuilder UseAgreementFlowDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString).AddInterceptors(SqliteBusyWait.Instance),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    /// <summary>
    /// Applies the pending migrations; on SQLite first creates the folder of the file and turns on
    /// write-ahead logging, so readers never wait for a writer.
    /// </summary>
    public static async Task MigrateAsync(AgreementFlowDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
