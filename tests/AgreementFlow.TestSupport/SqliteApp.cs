using AgreementFlow.Data.Persistence;

namespace AgreementFlow.TestSupport;

/// <summary>The app on a temporary SQLite file.</summary>
public sealed class SqliteApp() : AgreementFlowApp(DatabaseProvider.Sqlite);
