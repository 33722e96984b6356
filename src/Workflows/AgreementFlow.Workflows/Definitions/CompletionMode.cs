namespace AgreementFlow.Workflows.Definitions;

/// <summary>How a task with several assignees completes.</summary>
/// <remarks>A decisive outcome (e.g. return, reject) completes the task at once in every mode.</remarks>
public enum CompletionMode
{
    /// <summary>Everyone answers; the task completes with the last answer.</summary>
    All,

    /// <summary>The first answer completes the task; the others are cancelled.</summary>
    Any,

    /// <summary>One assignee at a time, in the order of the rules (e.g. partners sign first, then the base).</summary>
    Sequential,
}
