using AgreementFlow.Data.Persistence;

namespace AgreementFlow.TestSupport;

/// <summary>The app in demo mode, as <c>./run</c> starts it.</summary>
public abstract class DemoApp(DatabaseProvider provider) : AgreementFlowApp(provider)
{
    public const string DemoPassword = "Demo-Test-2026!";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        ["Demo:Password"] = DemoPassword,
    };
}

public sealed class SqliteDemoApp() : DemoApp(DatabaseProvider.Sqlite);

public sealed class PostgresDemoApp() : DemoApp(DatabaseProvider.Postgres);
