namespace AgreementFlow.Workflows.Runtime.Timers;

/// <summary>Where a timer row stands.</summary>
public enum TimerStatus
{
    Pending,
    Fired,

    /// <summary>No longer needed: the stage was left or the task completed.</summary>
    Cancelled,

    /// <summary>Its action failed; an incident holds it until an admin retries.</summary>
    Faulted,
}
