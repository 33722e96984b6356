namespace AgreementFlow.Workflows.Runtime.Timers;

/// <summary>What a timer row does when it fires.</summary>
public enum TimerKind
{
    /// <summary>A stage timer of the definition: runs its action or takes its transition.</summary>
    Stage,

    /// <summary>An automatic action of a stage, due at once; run after the step that scheduled it.</summary>
    Action,

    /// <summary>A task's deadline passed: the task becomes overdue.</summary>
    TaskDue,

    /// <summary>A reminder or an escalation of a task, per its policy.</summary>
    Reminder,
}
