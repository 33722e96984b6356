namespace AgreementFlow.Workflows.Definitions;

/// <summary>An automatic action by name, with its parameters; a capability registers the name with the runtime.</summary>
public sealed record ActionDefinition(string Name, IReadOnlyDictionary<string, string> Parameters);
