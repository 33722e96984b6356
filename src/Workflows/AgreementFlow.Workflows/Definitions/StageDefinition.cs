namespace AgreementFlow.Workflows.Definitions;

/// <summary>A stage of a route: its human tasks, the actions run on entering it, its timers and its ways out.</summary>
/// <param name="Id">Stable id, e.g. <c>legal-review</c>; instances store it.</param>
/// <param name="Title">Shown on the board and the route diagram.</param>
/// <param name="IsFinal">An instance that reaches a final stage is complete.</param>
/// <param name="Tasks">Human tasks created on entering the stage; they run in parallel.</param>
/// <param name="OnEnter">Automatic actions run (durably, after the step commits) on entering the stage.</param>
/// <param name="Transitions">Ways out: on a task outcome, a timer, a command, or at once.</param>
/// <param name="Timers">Timers started on entering the stage and cancelled on leaving it.</param>
/// <param name="Commands">Manual commands available while the instance is in this stage (e.g. terminate, amend).</param>
public sealed record StageDefinition(
    string Id,
    LocalizedText Title,
    bool IsFinal,
    IReadOnlyList<TaskDefinition> Tasks,
    IReadOnlyList<ActionDefinition> OnEnter,
    IReadOnlyList<TransitionDefinition> Transitions,
    IReadOnlyList<TimerDefinition> Timers,
    IReadOnlyList<CommandDefinition> Commands)
{
    /// <summary>The task with id <paramref name="taskId"/>, or null.</summary>
    public TaskDefinition? FindTask(string taskId) => Tasks.FirstOrDefault(t => t.Id == taskId);
}
