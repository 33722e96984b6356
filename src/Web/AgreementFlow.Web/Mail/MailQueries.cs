using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Workflows.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Mail;

/// <summary>The outbox for administrators (list, counts, retry) and the e-mails sent about an agreement.</summary>
public sealed class MailQueries(AgreementFlowDbContext db, TimeProvider clock)
{
    public const int PageSize = 200;

    /// <summary>The newest messages of <paramref name="status"/> (all when null), at most <see cref="PageSize"/>.</summary>
    public async Task<IReadOnlyList<OutboxRow>> ListAsync(OutboxStatus? status, CancellationToken cancellationToken)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(m => m.Status == s);
        }

        var rows = await query.OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id).Take(PageSize).ToListAsync(cancellationToken);
        var personIds = rows.Select(r => r.RecipientPersonId).OfType<Guid>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new { p.FullName, p.Email }, cancellationToken);
        return [.. rows.Select(r =>
        {
            var person = r.RecipientPersonId is { } id ? people.GetValueOrDefault(id) : null;
            return new OutboxRow(r.Id, r.Kind, person?.FullName, r.RecipientAddress ?? person?.Email, r.Subject, r.Status, r.Attempts,
                r.CreatedAtUtc, r.AvailableAtUtc, r.SentAtUtc, r.LastError, r.LastResponse, r.InstanceId);
        })];
    }

    /// <summary>How many messages are in each status.</summary>
    public async Task<IReadOnlyDictionary<OutboxStatus, int>> CountsAsync(CancellationToken cancellationToken)
    {
        var counts = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>Puts a failed message back in the queue, to be sent at once; its last error stays visible until then.</summary>
    public async Task<CommandResult<Unit>> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return CommandResult<Unit>.NotFound($"Outbox message {id} does not exist.");
        }

        if (message.Status != OutboxStatus.Failed)
        {
            return CommandResult<Unit>.Conflict($"Only a failed message can be retried; this one is {message.Status.ToString().ToLowerInvariant()}.");
        }

        message.Status = OutboxStatus.Pending;
        message.Attempts = 0;
        message.AvailableAtUtc = clock.GetUtcNow().UtcDateTime;
        message.ClaimedBy = null;
        message.ClaimedUntilUtc = null;
        message.LastResponse = "Retried by an administrator.";
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Unit>.Success(Unit.Value);
    }

    /// <summary>The e-mails sent about workflow instance <paramref name="instanceId"/>, newest first.</summary>
    public async Task<IReadOnlyList<SentMail>> SentAboutAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.InstanceId == instanceId && m.Status == OutboxStatus.Sent)
            .OrderByDescending(m => m.SentAtUtc)
            .Take(200)
            .Select(m => new { m.SentAtUtc, m.RecipientPersonId, m.RecipientAddress, m.Subject, m.Kind })
            .ToListAsync(cancellationToken);
        var personIds = rows.Select(r => r.RecipientPersonId).OfType<Guid>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
        var zones = await db.Memberships.AsNoTracking().Where(m => personIds.Contains(m.PersonId))
            .Select(m => new { m.PersonId, m.Organization!.TimeZoneId }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SentMail(
            r.SentAtUtc!.Value,
            r.RecipientPersonId is { } id ? people.GetValueOrDefault(id) ?? "—" : "—",
            r.RecipientAddress,
            r.Subject ?? r.Kind,
            r.Kind,
            zones.FirstOrDefault(z => z.PersonId == r.RecipientPersonId)?.TimeZoneId))];
    }
}
