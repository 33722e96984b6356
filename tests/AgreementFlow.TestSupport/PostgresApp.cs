using AgreementFlow.Data.Persistence;

namespace AgreementFlow.TestSupport;

/// <summary>The app on a fresh database of the PostgreSQL server <c>./test</c> starts.</summary>
public sealed class PostgresApp() : AgreementFlowApp(DatabaseProvider.Postgres);
