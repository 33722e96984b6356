namespace AgreementFlow.Workflows.Runtime.Tasks;

/// <summary>A task of a stage as it runs in one instance: one or more <see cref="TaskAssignment"/>s to people.</summary>
public sealed class HumanTask
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public required string Stage { get; set; }

    /// <summary>The task's id in the definition.</summary>
    public required string TaskId { get; set; }

    public HumanTaskStatus Status { get; set; }

    /// <summary>The outcome the task completed with.</summary>
    public string? Outcome { get; set; }

    /// <summary>The stage round the task belongs to.</summary>
    public int Round { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? CompletedAtUtc { get; set; }

    public List<TaskAssignment> Assignments { get; } = [];
}
