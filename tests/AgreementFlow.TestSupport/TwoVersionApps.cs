using System.Text.RegularExpressions;
using AgreementFlow.Data.Persistence;

namespace AgreementFlow.TestSupport;

/// <summary>
/// The app over a definitions folder of its own, where a test can publish a second version of the
/// agreement route (<see cref="PublishVersion2"/>): v2 renames the stage <c>negotiation</c> to
/// <c>negotiation-round</c>, so instances of v1 need a stage map to move.
/// </summary>
public abstract partial class TwoVersionApp(DatabaseProvider provider) : AgreementFlowApp(provider)
{
    private readonly string _folder = CreateFolder();

    /// <summary>Writes <c>network-agreement.v2.json</c> beside v1; an app started afterwards loads both.</summary>
    public void PublishVersion2()
    {
        var v1 = File.ReadAllText(Path.Combine(_folder, "network-agreement.v1.json"));
        var v2 = VersionPattern().Replace(v1, "\"version\": 2", 1).Replace("\"negotiation\"", "\"negotiation-round\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "network-agreement.v2.json"), v2);
    }

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Workflows:DefinitionsFolder"] = _folder,
    };

    private static string CreateFolder()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "workflow-definitions");
        var folder = Directory.CreateTempSubdirectory("agreementflow-definitions-").FullName;
        foreach (var file in Directory.GetFiles(source, "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    [GeneratedRegex("\"version\"\\s*:\\s*1")]
    private static partial Regex VersionPattern();
}

public sealed class SqliteTwoVersionApp() : TwoVersionApp(DatabaseProvider.Sqlite);

public sealed class PostgresTwoVersionApp() : TwoVersionApp(DatabaseProvider.Postgres);
