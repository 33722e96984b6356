using Quartz;

namespace AgreementFlow.Web.Mail.Digests;

/// <summary>Every minute: writes the digests whose local time has come.</summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(DigestWriter writer) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await writer.WriteDueAsync(cancellationToken);
}
