using System.Text.Json;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Agreements;

/// <summary>Accepts a batch (validated whole, stored at once), then creates its agreements one by one in the background.</summary>
public sealed class AgreementBatchService(AgreementFlowDbContext db, AgreementService agreements, AgreementBatchSignal queue, Texts t, TimeProvider clock)
{
    public const int MaxPartners = 200;

    public async Task<CommandResult<BatchStarted>> StartAsync(BatchInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(user);
        if (input.BaseOrganizationId is { } baseId && !AgreementService.MayDraftFor(user, baseId))
        {
            return CommandResult<BatchStarted>.Forbidden(t["Договоры организации составляют её координатор или директор."]);
        }

        if (input.PartnerOrganizationIds is { Count: > MaxPartners })
        {
            var tooMany = new FieldErrors();
            tooMany.Add("partnerOrganizationIds", t.Format("Не больше {0} организаций в одном пакете.", MaxPartners));
            return CommandResult<BatchStarted>.Invalid(tooMany);
        }

        // Every partner gets the same draft; checking it once as one agreement with all partners finds every problem.
        var (_, errors) = await agreements.ValidateAsync(
            new AgreementInput(input.BaseOrganizationId, input.PartnerOrganizationIds, input.ProgramIds, input.Term, null, input.Data), cancellationToken);
        if (errors is not null)
        {
            return CommandResult<BatchStarted>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var batch = new AgreementBatch
        {
            Id = Guid.CreateVersion7(now),
            BaseOrganizationId = input.BaseOrganizationId!.Value,
            CreatedByPersonId = user.PersonId,
            Request = JsonSerializer.Serialize(input),
            Status = BatchStatus.Pending,
            CreatedAtUtc = now.UtcDateTime,
        };
        var position = 0;
        foreach (var partner in input.PartnerOrganizationIds!)
        {
            batch.Items.Add(new AgreementBatchItem
            {
                Id = Guid.CreateVersion7(now),
                BatchId = batch.Id,
                PartnerOrganizationId = partner,
                Position = position++,
                AgreementId = Guid.CreateVersion7(now),
                Status = BatchStatus.Pending,
            });
        }

        db.AgreementBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(batch.Id);
        return CommandResult<BatchStarted>.Success(new BatchStarted(batch.Id, [.. batch.Items.OrderBy(i => i.Position).Select(i => i.AgreementId)]));
    }

    public async Task<BatchProgress?> ProgressAsync(Guid batchId, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var batch = await db.AgreementBatches.AsNoTracking().Include(b => b.Items).SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || !(user.IsAdministrator || user.OrganizationIds.Contains(batch.BaseOrganizationId)))
        {
            return null;
        }

        var partnerIds = batch.Items.Select(i => i.PartnerOrganizationId).ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => partnerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
        var agreementIds = batch.Items.Select(i => i.AgreementId).ToList();
        var stages = await db.Agreements.AsNoTracking().Where(a => agreementIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Stage, cancellationToken);
        var items = batch.Items.OrderBy(i => i.Position).Select(i => new BatchItemView(
            i.PartnerOrganizationId, names.GetValueOrDefault(i.PartnerOrganizationId, "?"), i.AgreementId,
            i.Status.ToString().ToLowerInvariant(), stages.GetValueOrDefault(i.AgreementId), i.Error)).ToList();
        return new BatchProgress(batch.Id, batch.Status.ToString().ToLowerInvariant(), items.Count,
            items.Count(i => i.Status == "completed"), items.Count(i => i.Status == "failed"), items);
    }
}
