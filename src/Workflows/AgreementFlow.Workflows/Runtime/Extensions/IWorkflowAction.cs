namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>An automatic action a capability registers with the runtime under <see cref="Name"/>.</summary>
/// <remarks>
/// Runs as a step of its own after the step that entered its stage, in one transaction with the journal
/// entry that records it. An exception becomes an incident on the instance, retryable by an admin.
/// </remarks>
public interface IWorkflowAction
{
    /// <summary>The name definitions use, e.g. <c>render-document</c>.</summary>
    string Name { get; }

    Task ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken);
}
