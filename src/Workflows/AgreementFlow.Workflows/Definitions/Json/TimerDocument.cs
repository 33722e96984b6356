namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>An element of a stage's <c>timers</c>; at most one of <see cref="After"/> and <see cref="At"/> is set.</summary>
internal sealed record TimerDocument(string Path, string? Id, DueDocument? After, TimerAtDocument? At, ActionDocument? Action);
