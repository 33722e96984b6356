namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>The problems found in one file, in the order found.</summary>
internal sealed class DefinitionErrorList(string file)
{
    private readonly List<DefinitionError> _errors = [];

    public string File => file;

    public int Count => _errors.Count;

    public IReadOnlyList<DefinitionError> Items => _errors;

    public void Add(string jsonPath, string message) => _errors.Add(new DefinitionError(file, jsonPath, message));
}
