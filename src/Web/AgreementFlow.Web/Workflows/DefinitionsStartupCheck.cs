using AgreementFlow.Web.Hosting;
using AgreementFlow.Workflows.Definitions;

namespace AgreementFlow.Web.Workflows;

/// <summary>Loads the route definitions before anything else: an invalid file stops start-up with every error listed.</summary>
internal sealed class DefinitionsStartupCheck(WorkflowDefinitionRegistry registry, ILogger<DefinitionsStartupCheck> logger) : IStartupTask
{
    public int Order => StartupOrder.Definitions;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Loaded {Count} workflow definitions", registry.All.Count);
        return Task.CompletedTask;
    }
}
