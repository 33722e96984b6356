namespace AgreementFlow.Workflows.Runtime.Timers;

/// <summary>
/// Something the engine must do at or after an instant: a stage timer, a task deadline, a reminder, or an
/// automatic action to run. Written in the transaction of the step that causes it, claimed by the sweep in
/// batches, fired as a step of its own — so nothing is lost when a process dies and nothing fires twice.
/// </summary>
public sealed class WorkflowTimer
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public TimerKind Kind { get; set; }

    /// <summary>The stage the timer belongs to; leaving the stage cancels it.</summary>
    public required string Stage { get; set; }

    /// <summary>The timer id, the action name, or the reminder kind.</summary>
    public required string Key { get; set; }

    /// <summary>The assignment a deadline or reminder is about.</summary>
    public Guid? AssignmentId { get; set; }

    /// <summary>Extra JSON the firing needs (an action's parameters).</summary>
    public string? Payload { get; set; }

    public DateTime DueAtUtc { get; set; }

    public TimerStatus Status { get; set; }

    /// <summary>The node that claimed it, until <see cref="ClaimedUntilUtc"/>.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime? FiredAtUtc { get; set; }
}
