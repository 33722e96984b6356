namespace AgreementFlow.Workflows.Runtime.Tasks;

/// <summary>Where one person's part of a task stands.</summary>
public enum AssignmentStatus
{
    /// <summary>Later in a sequential task: not yet theirs to do.</summary>
    Waiting,

    /// <summary>In the assignee's inbox.</summary>
    Open,

    Completed,

    /// <summary>No longer needed (another answer decided the task, or the stage was left).</summary>
    Cancelled,
}
