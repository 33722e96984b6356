namespace AgreementFlow.Workflows.Definitions;

/// <summary>One published version of a route: the stages an instance moves through and what happens in each.</summary>
/// <remarks>
/// Built from a file in <c>workflow-definitions/</c> by <see cref="WorkflowDefinitionLoader"/>, which has
/// already checked every reference; the runtime can rely on stage, task and outcome ids existing.
/// </remarks>
public sealed record WorkflowDefinition(
    string Id,
    int Version,
    LocalizedText Title,
    SubjectKind SubjectKind,
    string StartStage,
    IReadOnlyList<StageDefinition> Stages)
{
    /// <summary>The stage with id <paramref name="stageId"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such stage in this version.</exception>
    public StageDefinition GetStage(string stageId) =>
        Stages.FirstOrDefault(s => s.Id == stageId)
        ?? throw new KeyNotFoundException($"Workflow '{Id}' v{Version} has no stage '{stageId}'.");

    /// <summary>The stage with id <paramref name="stageId"/>, or null.</summary>
    public StageDefinition? FindStage(string stageId) => Stages.FirstOrDefault(s => s.Id == stageId);

    /// <summary>"network-agreement v1".</summary>
    public override string ToString() => $"{Id} v{Version}";
}
