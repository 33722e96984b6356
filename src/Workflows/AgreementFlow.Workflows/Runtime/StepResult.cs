namespace AgreementFlow.Workflows.Runtime;

/// <summary>The answer to a step request: done, or refused in an expected way (never an exception for the caller's mistakes).</summary>
public sealed record StepResult(
    StepStatus Status,
    Guid? InstanceId = null,
    string? Stage = null,
    int? Revision = null,
    string? Message = null,
    string? Field = null,
    IReadOnlyList<string>? Reasons = null)
{
    public bool Succeeded => Status == StepStatus.Succeeded;

    public static StepResult Done(Guid instanceId, string stage, int revision) => new(StepStatus.Succeeded, instanceId, stage, revision);

    public static StepResult Refuse(StepStatus status, string message, string? field = null) => new(status, Message: message, Field: field);

    /// <summary>A guard kept the instance in its stage; nothing was changed.</summary>
    public static StepResult Refuse(Extensions.StageExitRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new(StepStatus.NotAllowed, Message: refusal.Message, Reasons: refusal.Reasons);
    }
}

/// <summary>How a step request ended.</summary>
public enum StepStatus
{
    Succeeded,

    /// <summary>No such task, instance or timer.</summary>
    NotFound,

    /// <summary>Not the assignee, not a holder of the role.</summary>
    Forbidden,

    /// <summary>Someone else changed the instance first, or the task is already completed.</summary>
    Conflict,

    /// <summary>Well-formed, but not allowed in this state (an outcome the task does not have, a command of another stage).</summary>
    NotAllowed,

    /// <summary>A field is missing or wrong (a required comment).</summary>
    Invalid,
}
