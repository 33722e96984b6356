using System.Text.Json;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Agreements;

/// <summary>
/// Creates the agreements of batches, one partner per transaction. Pending batches found at start-up
/// (the process died mid-batch) are resumed; an item already created is never created twice.
/// </summary>
internal sealed class AgreementBatchProcessor(IServiceScopeFactory scopes, AgreementBatchSignal queue, ILogger<AgreementBatchProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            try
            {
                foreach (var pending in await db.AgreementBatches.Where(b => b.Status == BatchStatus.Pending).Select(b => b.Id).ToListAsync(stoppingToken))
                {
                    queue.Enqueue(pending);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not look for unfinished batches");
            }
        }

        await foreach (var batchId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await ProcessAsync(batchId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Batch {BatchId} stopped", batchId);
            }
        }
    }

    private async Task ProcessAsync(Guid batchId, CancellationToken cancellationToken)
    {
        List<Guid> items;
        BatchInput input;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            var batch = await db.AgreementBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
            if (batch is null || batch.Status != BatchStatus.Pending)
            {
                return;
            }

            input = JsonSerializer.Deserialize<BatchInput>(batch.Request)!;
            items = await db.AgreementBatchItems.Where(i => i.BatchId == batchId && i.Status == BatchStatus.Pending)
                .OrderBy(i => i.Position).Select(i => i.Id).ToListAsync(cancellationToken);
        }

        foreach (var itemId in items)
        {
            await CreateOneAsync(batchId, itemId, input, cancellationToken);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            var batch = await db.AgreementBatches.Include(b => b.Items).SingleAsync(b => b.Id == batchId, cancellationToken);
            batch.Status = batch.Items.Any(i => i.Status == BatchStatus.Failed) ? BatchStatus.Failed : BatchStatus.Completed;
            batch.CompletedAtUtc = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task CreateOneAsync(Guid batchId, Guid itemId, BatchInput input, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
        var agreements = scope.ServiceProvider.GetRequiredService<AgreementService>();
        var item = await db.AgreementBatchItems.SingleAsync(i => i.Id == itemId, cancellationToken);
        var batch = await db.AgreementBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, cancellationToken);
        if (item.Status != BatchStatus.Pending || await db.Agreements.AnyAsync(a => a.Id == item.AgreementId, cancellationToken))
        {
            item.Status = BatchStatus.Completed;
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var (draft, errors) = await agreements.ValidateAsync(
            new AgreementInput(input.BaseOrganizationId, [item.PartnerOrganizationId], input.ProgramIds, input.Term, null, input.Data), cancellationToken);
        if (draft is null)
        {
            item.Status = BatchStatus.Failed;
            item.Error = string.Join("; ", errors!.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        // The agreement, its instance, its first tasks and the item's new status commit together.
        var agreement = agreements.AddAgreement(draft, AgreementKind.Agreement, null, batchId, item.AgreementId, batch.CreatedByPersonId);
        item.Status = BatchStatus.Completed;
        var started = await agreements.StartRouteAsync(agreement, draft, AgreementService.AgreementRoute, batch.CreatedByPersonId, null, cancellationToken);
        if (!started.Succeeded)
        {
            db.ChangeTracker.Clear();
            var failed = await db.AgreementBatchItems.SingleAsync(i => i.Id == itemId, cancellationToken);
            failed.Status = BatchStatus.Failed;
            failed.Error = started.Message;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
