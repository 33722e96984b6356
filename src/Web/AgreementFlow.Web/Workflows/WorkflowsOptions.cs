namespace AgreementFlow.Web.Workflows;

/// <summary>Where the route definitions are and how often due timers are swept (section <c>Workflows</c>).</summary>
public sealed class WorkflowsOptions
{
    public const string Section = "Workflows";

    /// <summary>The folder of definition files. Default: <c>workflow-definitions</c> beside the app.</summary>
    public string DefinitionsFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "workflow-definitions");

    /// <summary>Whether this node runs the scheduler that fires due timers. Default true.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>Seconds between sweeps of due timers. Default 5.</summary>
    public int SweepIntervalSeconds { get; set; } = 5;
}
