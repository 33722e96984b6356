using Quartz;

namespace AgreementFlow.Web.Archive;

/// <summary>The recurring Quartz job that re-hashes the archive in batches (<see cref="ArchiveIntegrityChecker"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class ArchiveIntegrityJob(ArchiveIntegrityChecker checker, ILogger<ArchiveIntegrityJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var (checkedFiles, bad) = await checker.RunBatchAsync(null, cancellationToken);
        if (bad > 0)
        {
            logger.LogWarning("Archive integrity: {Bad} of {Checked} files changed or missing", bad, checkedFiles);
        }
    }
}
