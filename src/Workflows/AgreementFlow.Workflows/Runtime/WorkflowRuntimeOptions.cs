namespace AgreementFlow.Workflows.Runtime;

/// <summary>Engine settings (section <c>Workflows</c>).</summary>
public sealed class WorkflowRuntimeOptions
{
    public const string Section = "Workflows";

    /// <summary>How many due timers one sweep claims. Default 200: after downtime, overdue work drains in bounded batches.</summary>
    public int SweepBatchSize { get; set; } = 200;

    /// <summary>
    /// How many due reminders and deadlines one sweep takes and fires in one transaction. Default 5,000: they change
    /// no instance state, so a batch costs a few statements and one commit (5,000 rather than 1,000 took a quarter off
    /// the sweep on SQLite, where each commit waits for the disk); after downtime the backlog still drains in bounded
    /// batches. On SQLite a batch holds the write lock while it runs (about half a second for 5,000 on a quiet machine).
    /// </summary>
    public int ReminderBatchSize { get; set; } = 5000;

    /// <summary>How long a claim on a timer lasts before another node may take it. Default 2 minutes.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest chain of immediate transitions one step may take before it is treated as a loop. Default 20.</summary>
    public int MaxImmediateTransitions { get; set; } = 20;

    /// <summary>This node's name in timer claims. Default: the machine name and process id.</summary>
    public string NodeName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";
}
