namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>
/// A capability's say on whether an instance may leave its stage: asked before a person's answer or a
/// command moves the instance to another stage. A refusal ends the request with nothing changed.
/// </summary>
/// <remarks>
/// The engine knows nothing of what is checked (documents register one that refuses to leave
/// <c>drafting</c> while a statutory clause is missing). Timers are not guarded: an agreement's term
/// ends whether or not its text is complete.
/// </remarks>
public interface IStageExitGuard
{
    /// <summary>Null to let the instance go on; a refusal to keep it where it is.</summary>
    Task<StageExitRefusal?> CheckAsync(StageExit move, CancellationToken cancellationToken);
}
