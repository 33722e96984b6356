using AgreementFlow.Workflows.Runtime.Extensions;

namespace AgreementFlow.Web.Workflows.Actions;

/// <summary>
/// Holds the place of an action whose capability has not been built yet (documents, registration,
/// archive). It completes without doing anything and the journal records that it ran; the route
/// goes on, and the capability's own issue replaces it with the real action.
/// </summary>
internal sealed class CapabilityNotInstalledAction(string name) : IWorkflowAction
{
    public string Name => name;

    public Task ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Data["pendingCapabilities"] ??= new System.Text.Json.Nodes.JsonArray();
        var pending = context.Data["pendingCapabilities"]!.AsArray();
        if (!pending.Any(n => n?.GetValue<string>() == name))
        {
            pending.Add(name);
        }

        return Task.CompletedTask;
    }
}
