using AgreementFlow.Workflows.Runtime.Instances;

namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>
/// Told of every step just before it commits, in its transaction: the application keeps its subject rows
/// (an agreement's stage, its nearest deadline) in step with the instance.
/// </summary>
public interface IWorkflowStepObserver
{
    Task OnStepAsync(WorkflowInstance instance, StepSummary summary, CancellationToken cancellationToken);
}
