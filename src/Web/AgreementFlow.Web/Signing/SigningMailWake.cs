using AgreementFlow.Web.Workflows;
using Microsoft.Extensions.Options;
using Quartz;

namespace AgreementFlow.Web.Signing;

/// <summary>
/// Wakes the mail dispatcher at once after a code is queued, instead of waiting for its next run: a signer waits for the
/// code with the page open. Without a scheduler (tests, a node without jobs) the next run of any node sends it.
/// </summary>
public sealed class SigningMailWake(IServiceProvider services, IOptions<WorkflowsOptions> workflows, ILogger<SigningMailWake> logger)
{
    public async Task WakeAsync(CancellationToken cancellationToken)
    {
        if (!workflows.Value.SchedulerEnabled || services.GetService<ISchedulerFactory>() is not { } factory)
        {
            return;
        }

        try
        {
            var scheduler = await factory.GetScheduler(cancellationToken);
            if (await scheduler.GetTrigger(new TriggerKey("mail-dispatch"), cancellationToken) is { } trigger)
            {
                await scheduler.TriggerJob(trigger.JobKey, cancellationToken);
            }
        }
        catch (SchedulerException e)
        {
            logger.LogWarning(e, "Could not wake the mail dispatcher; the code goes out on its next run");
        }
    }
}
