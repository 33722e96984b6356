namespace AgreementFlow.Data.Persistence;

/// <summary>The database AgreementFlow runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: zero set-up, one node.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several nodes, clustered scheduling.</summary>
    Postgres,
}
