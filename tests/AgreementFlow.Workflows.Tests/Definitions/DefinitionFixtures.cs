using AgreementFlow.Workflows.Definitions;

namespace AgreementFlow.Workflows.Tests.Definitions;

/// <summary>The actions and roles the application registers, and the repository's definitions folder.</summary>
internal static class DefinitionFixtures
{
    public static readonly IReadOnlySet<string> KnownActions =
        new HashSet<string>(["render-document", "assign-registration-number", "archive", "notify", "start-amendment", "completion-certificate"], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> KnownRoles =
        new HashSet<string>(["director", "legal", "coordinator", "clerk", "commissionMember"], StringComparer.Ordinal);

    public static WorkflowDefinitionLoader Loader { get; } = new(KnownActions, KnownRoles);

    /// <summary><c>workflow-definitions/</c> beside <c>AgreementFlow.sln</c>, found by walking up from the test binaries.</summary>
    public static string DefinitionsFolder
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "AgreementFlow.sln")))
                {
                    return Path.Combine(folder.FullName, "workflow-definitions");
                }
            }

            throw new InvalidOperationException($"No AgreementFlow.sln above {AppContext.BaseDirectory}.");
        }
    }

    public static WorkflowDefinition LoadRoute(string fileName)
    {
        var result = Loader.Load(fileName, File.ReadAllText(Path.Combine(DefinitionsFolder, fileName)));
        result.Errors.Should().BeEmpty();
        return result.Definitions.Should().ContainSingle().Subject;
    }
}
