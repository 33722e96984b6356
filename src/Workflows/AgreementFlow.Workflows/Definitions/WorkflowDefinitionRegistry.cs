namespace AgreementFlow.Workflows.Definitions;

/// <summary>The loaded versions of every route; immutable and safe to share.</summary>
/// <remarks>
/// Running instances keep the version they started on (<see cref="Find"/>); new instances take the
/// latest (<see cref="Latest"/>).
/// </remarks>
public sealed class WorkflowDefinitionRegistry
{
    private readonly Dictionary<string, IReadOnlyList<WorkflowDefinition>> _versions;

    /// <summary>Creates a registry of <paramref name="definitions"/>.</summary>
    /// <exception cref="ArgumentException">Two definitions share an id and a version.</exception>
    public WorkflowDefinitionRegistry(IEnumerable<WorkflowDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var all = definitions.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version).ToList();
        var twice = all.GroupBy(d => (d.Id, d.Version)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"Workflow '{twice.Key.Id}' version {twice.Key.Version} is given more than once.", nameof(definitions));
        }

        All = all;
        _versions = all.GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlyList<WorkflowDefinition> (g) => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>Every definition, by id and then version.</summary>
    public IReadOnlyList<WorkflowDefinition> All { get; }

    /// <summary>Version <paramref name="version"/> of route <paramref name="id"/>, or null when it is not loaded.</summary>
    public WorkflowDefinition? Find(string id, int version) =>
        _versions.TryGetValue(id, out var versions) ? versions.FirstOrDefault(d => d.Version == version) : null;

    /// <summary>The highest version of route <paramref name="id"/>, or null when no version is loaded.</summary>
    public WorkflowDefinition? Latest(string id) =>
        _versions.TryGetValue(id, out var versions) ? versions[^1] : null;

    /// <summary>Every loaded version of route <paramref name="id"/>, oldest first; empty when none.</summary>
    public IReadOnlyList<WorkflowDefinition> Versions(string id) =>
        _versions.TryGetValue(id, out var versions) ? versions : [];
}
