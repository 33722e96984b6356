using AgreementFlow.Workflows.Runtime;
using Quartz;

namespace AgreementFlow.Web.Workflows.Sweep;

/// <summary>
/// The recurring Quartz job that fires due timers: claims bounded batches and fires each as its own step.
/// One at a time per scheduler; across nodes the claims and the timers' concurrency tokens keep every
/// timer to one firing.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class TimerSweepJob(WorkflowRuntime runtime, ILogger<TimerSweepJob> logger) : IJob
{
    /// <summary>Batches per run: after downtime the backlog drains over several runs, not in one storm.</summary>
    public const int BatchesPerRun = 5;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var fired = await runtime.RunDueTimersAsync(BatchesPerRun, cancellationToken);
        if (fired > 0)
        {
            logger.LogInformation("Fired {Count} due timers", fired);
        }
    }
}
