namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>An element of a stage's <c>transitions</c>.</summary>
internal sealed record TransitionDocument(string Path, TriggerDocument? On, string? To, string? When);
