using AgreementFlow.Data.Persistence;

namespace AgreementFlow.Web.Persistence;

/// <summary>Which database (section <c>Database</c>); the connection string is <c>ConnectionStrings:AgreementFlow</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "AgreementFlow";
    public const string DefaultSqliteConnectionString = "Data Source=data/agreementflow.db";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Resolved from <c>ConnectionStrings:AgreementFlow</c>; on SQLite defaults to <c>data/agreementflow.db</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The settings as configuration gives them, with the connection string resolved: one reading for the model and the scheduler.</summary>
    public static DatabaseOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString = ResolveConnectionString(configuration, options.Provider);
        return options;
    }

    /// <summary><c>ConnectionStrings:AgreementFlow</c>, or on SQLite the file under <c>data/</c>; empty on PostgreSQL when missing (start-up says so).</summary>
    public static string ResolveConnectionString(IConfiguration configuration, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetConnectionString(ConnectionStringName)
            ?? (provider == DatabaseProvider.Sqlite ? DefaultSqliteConnectionString : "");
    }
}
