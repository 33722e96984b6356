using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Web.Documents.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Documents.Pdf;

/// <summary>
/// Converts queued document versions to PDF/A-2b with LibreOffice, <c>Documents:PdfMaxConcurrency</c> at a
/// time (batched: see <see cref="DocumentsOptions.PdfBatchSize"/>). Each version is converted once: the result (or the failure) is stored on its row.
/// </summary>
internal sealed class PdfWorker(
    PdfRequests queue,
    IPdfConverter converter,
    IServiceScopeFactory scopes,
    IOptions<DocumentsOptions> options,
    ILogger<PdfWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RequeueLeftOversAsync(stoppingToken);
        // More readers than LibreOffice processes: requests that wait inside the converter go into one process together.
        var workers = Enumerable.Range(0, options.Value.PdfMaxConcurrency * options.Value.PdfBatchSize).Select(_ => RunAsync(stoppingToken));
        await Task.WhenAll(workers);
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var id in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await ConvertAsync(id, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still queued is picked up at the next start.
        }
    }

    private async Task RequeueLeftOversAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            var queued = await db.Set<AgreementDocument>().AsNoTracking().Where(d => d.PdfStatus == PdfStatus.Queued)
                .OrderBy(d => d.Id).Select(d => d.Id).Take(options.Value.PdfQueueCapacity).ToListAsync(stoppingToken);
            foreach (var id in queued)
            {
                queue.TryEnqueue(id);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not re-queue the PDFs left queued by the last run");
        }
    }

    private async Task ConvertAsync(Guid id, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            var row = await db.Set<AgreementDocument>().SingleOrDefaultAsync(d => d.Id == id, stoppingToken);
            if (row is null || row.PdfStatus != PdfStatus.Queued)
            {
                return;
            }

            if (!converter.IsAvailable)
            {
                row.PdfStatus = PdfStatus.Unavailable;
                row.PdfError = "LibreOffice не установлен на сервере.";
            }
            else
            {
                try
                {
                    var pdf = await converter.ConvertDocxToPdfAAsync(row.Docx, stoppingToken);
                    row.Pdf = pdf;
                    row.PdfSha256 = AgreementDocumentRenderer.Sha256(pdf);
                    row.PdfStatus = PdfStatus.Ready;
                    row.PdfError = null;
                }
                catch (PdfConversionException e)
                {
                    logger.LogWarning(e, "PDF of document {DocumentId} failed", id);
                    row.PdfStatus = PdfStatus.Failed;
                    row.PdfError = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
                }
            }

            await db.SaveChangesAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The row stays queued: the next start tries again.
            logger.LogError(e, "PDF of document {DocumentId} could not be stored", id);
        }
    }
}
