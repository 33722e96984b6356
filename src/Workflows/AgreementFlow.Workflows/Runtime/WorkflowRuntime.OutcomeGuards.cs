using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Tasks;

namespace AgreementFlow.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>The first refusal of the registered <see cref="ITaskOutcomeGuard"/>s, or null when every one lets the answer go on.</summary>
    private async Task<StageExitRefusal?> OutcomeRefusalAsync(WorkflowInstance instance, HumanTask task, TaskAssignment assignment, string outcome, Guid personId, CancellationToken cancellationToken)
    {
        if (outcomeGuards is null)
        {
            return null;
        }

        var attempt = new TaskOutcomeAttempt(instance, task, assignment, outcome, personId);
        foreach (var guard in outcomeGuards)
        {
            if (await guard.CheckAsync(attempt, cancellationToken) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
