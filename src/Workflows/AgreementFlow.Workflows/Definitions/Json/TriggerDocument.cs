namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>
/// A transition's <c>on</c>: the string <c>"immediately"</c>, or an object naming a task and outcome, a timer
/// or a command. The reader returns one only when exactly one of those shapes is present.
/// </summary>
internal sealed record TriggerDocument(string Path, bool Immediately, string? Task, string? Outcome, string? Timer, string? Command);
