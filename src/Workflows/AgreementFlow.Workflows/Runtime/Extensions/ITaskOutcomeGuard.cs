namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>
/// A capability's say on whether a person may give an outcome to their part of a task: asked before the answer changes
/// anything. A refusal ends the request with nothing changed, as a stage-exit guard's does.
/// </summary>
/// <remarks>
/// The engine knows nothing of what is checked. Signing registers one that lets an agreement's <c>sign</c> task be answered
/// <c>sign</c> only together with a recorded signature, so the generic decision page and API cannot "sign" with a click.
/// </remarks>
public interface ITaskOutcomeGuard
{
    /// <summary>Null to let the answer go on; a refusal to keep the task open.</summary>
    Task<StageExitRefusal?> CheckAsync(TaskOutcomeAttempt attempt, CancellationToken cancellationToken);
}
