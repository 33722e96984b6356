using Quartz;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>
/// The recurring Quartz job that sends due outbox rows. One run at a time per scheduler (and, clustered on PostgreSQL,
/// per cluster); across nodes the row claims keep every message to one sender.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class MailDispatchJob(OutboxDispatcher dispatcher, ILogger<MailDispatchJob> logger) : IJob
{
    /// <summary>Batches per run: a backlog drains over several runs.</summary>
    public const int BatchesPerRun = 10;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var report = await dispatcher.DispatchAsync(BatchesPerRun, cancellationToken);
        if (report.Handled > 0)
        {
            LogReport(logger, report.Sent, report.Retrying, report.Failed, report.Deferred, report.Skipped);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail: {Sent} sent, {Retrying} to retry, {Failed} failed, {Deferred} waiting for the window, {Skipped} skipped")]
    private static partial void LogReport(ILogger logger, int sent, int retrying, int failed, int deferred, int skipped);
}
