namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary><c>{"party": "base", "role": "director"}</c>.</summary>
internal sealed record AssigneeDocument(string Path, string? Party, string? Role);
