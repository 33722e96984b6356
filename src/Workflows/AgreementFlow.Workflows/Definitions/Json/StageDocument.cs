namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>An element of <c>stages</c>.</summary>
internal sealed record StageDocument(
    string Path,
    string? Id,
    LocalizedTextDocument? Title,
    bool Final,
    IReadOnlyList<TaskDocument> Tasks,
    IReadOnlyList<ActionDocument> OnEnter,
    IReadOnlyList<TransitionDocument> Transitions,
    IReadOnlyList<TimerDocument> Timers,
    IReadOnlyList<CommandDocument> Commands);
