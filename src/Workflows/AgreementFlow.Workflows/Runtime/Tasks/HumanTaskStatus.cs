namespace AgreementFlow.Workflows.Runtime.Tasks;

/// <summary>Where a task stands.</summary>
public enum HumanTaskStatus
{
    Open,
    Completed,

    /// <summary>Ended without an outcome: the stage was left another way.</summary>
    Cancelled,
}
