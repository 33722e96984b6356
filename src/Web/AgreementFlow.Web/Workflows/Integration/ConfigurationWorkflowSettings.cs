using AgreementFlow.Workflows.Runtime.Extensions;

namespace AgreementFlow.Web.Workflows.Integration;

/// <summary>Settings a definition names, read from the app's configuration (e.g. <c>CreditTransfer:DecisionWorkingDays</c>).</summary>
internal sealed class ConfigurationWorkflowSettings(IConfiguration configuration) : IWorkflowSettings
{
    public int? GetInt(string key) => int.TryParse(configuration[key], out var value) && value > 0 ? value : null;
}
