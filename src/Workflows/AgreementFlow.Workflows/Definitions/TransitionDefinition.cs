namespace AgreementFlow.Workflows.Definitions;

/// <summary>A way out of a stage.</summary>
/// <param name="Trigger">What fires it.</param>
/// <param name="Source">The task id for an outcome trigger, the timer id for a timer, the command id for a command; null for <see cref="TransitionTrigger.Immediately"/>.</param>
/// <param name="Outcome">The outcome id for an outcome trigger; null otherwise.</param>
/// <param name="To">The stage entered.</param>
/// <param name="When">A guard over the instance data; the first transition whose guard holds is taken.</param>
public sealed record TransitionDefinition(TransitionTrigger Trigger, string? Source, string? Outcome, string To, Condition? When);

/// <summary>What fires a transition.</summary>
public enum TransitionTrigger
{
    /// <summary>A task completed with an outcome.</summary>
    Outcome,

    /// <summary>A stage timer fired.</summary>
    Timer,

    /// <summary>A person ran a manual command.</summary>
    Command,

    /// <summary>At once on entering the stage (a pass-through stage such as <c>rejected</c> → <c>archived</c>).</summary>
    Immediately,
}
