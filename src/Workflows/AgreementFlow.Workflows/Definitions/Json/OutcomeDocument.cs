namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>An element of a task's <c>outcomes</c>.</summary>
internal sealed record OutcomeDocument(string Path, string? Id, LocalizedTextDocument? Title, bool RequiresComment, bool Decisive);
