namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary><c>{"name": "notify", "parameters": {"template": "…"}}</c>.</summary>
internal sealed record ActionDocument(string Path, string? Name, IReadOnlyDictionary<string, string> Parameters);
