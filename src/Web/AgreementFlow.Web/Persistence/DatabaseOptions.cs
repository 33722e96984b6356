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
}
