namespace AgreementFlow.Workflows.Definitions;

/// <summary>A timer started on entering a stage.</summary>
/// <param name="Id">Stable id within the stage, e.g. <c>remind-60</c>.</param>
/// <param name="After">Relative: this long after entering the stage. Null when <paramref name="AtField"/> is set.</param>
/// <param name="AtField">Absolute: a date field of the instance data (a path such as <c>term.to</c>).</param>
/// <param name="OffsetDays">Calendar days added to <paramref name="AtField"/>'s date (negative for "before").</param>
/// <param name="Action">The action run when the timer fires, or null when a transition (trigger Timer, source this id) handles it.</param>
public sealed record TimerDefinition(string Id, DueDuration? After, string? AtField, int OffsetDays, ActionDefinition? Action);
