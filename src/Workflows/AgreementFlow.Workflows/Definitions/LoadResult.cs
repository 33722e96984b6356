namespace AgreementFlow.Workflows.Definitions;

/// <summary>What <see cref="WorkflowDefinitionLoader"/> made of one file or a folder: the valid definitions and every problem found.</summary>
/// <param name="Definitions">The definitions of the files that have no problem.</param>
/// <param name="Errors">Every problem of every file, in file order; empty when all is well.</param>
public sealed record LoadResult(IReadOnlyList<WorkflowDefinition> Definitions, IReadOnlyList<DefinitionError> Errors)
{
    /// <summary>Whether no file had a problem.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A registry of the definitions, for start-up.</summary>
    /// <exception cref="WorkflowDefinitionsException">Some file had a problem; the exception lists them all.</exception>
    public WorkflowDefinitionRegistry ToRegistry() =>
        Succeeded ? new WorkflowDefinitionRegistry(Definitions) : throw new WorkflowDefinitionsException(Errors);
}
