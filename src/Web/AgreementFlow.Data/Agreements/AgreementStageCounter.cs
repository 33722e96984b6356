using System.Globalization;
using System.Text;
using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AgreementFlow.Data.Agreements;

/// <summary>
/// Keeps <see cref="AgreementStageCount"/> in step with the agreements: <see cref="AgreementFlowDbContext"/> asks it,
/// on every save, what the tracked agreements and parties change, and adds the differences in the same transaction.
/// </summary>
/// <remarks>
/// Every writer goes through it: drafting, the workflow step's observer that moves an agreement to its next stage,
/// batches, the demo, the bench and the tests. Only SQL that bypasses the change tracker (none in the code) would
/// leave the counts behind; <see cref="RecountAsync"/> repairs them.
/// </remarks>
public static class AgreementStageCounter
{
    /// <summary>Rebuilds the counts from the agreements and their parties, as the migration that added them did.</summary>
    public const string RecountSql =
        "INSERT INTO \"AgreementStageCounts\" (\"OrganizationId\", \"Stage\", \"Count\") " +
        "SELECT p.\"OrganizationId\", a.\"Stage\", COUNT(*) FROM \"AgreementParties\" p " +
        "JOIN \"Agreements\" a ON a.\"Id\" = p.\"AgreementId\" GROUP BY p.\"OrganizationId\", a.\"Stage\"";

    private const int RowsPerStatement = 300;

    /// <summary>Throws away the counts and counts again from the agreements, in one transaction.</summary>
    public static async Task RecountAsync(AgreementFlowDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AgreementStageCounts\"", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(RecountSql, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// What the changes tracked by <paramref name="db"/> do to the counts, by organisation and stage, without the
    /// zeros, in (stage, organisation) order: every transaction takes the rows' locks in that one order.
    /// </summary>
    internal static async Task<IReadOnlyList<AgreementStageCount>> CollectAsync(AgreementFlowDbContext db, CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var agreements = new Dictionary<Guid, EntityEntry<Agreement>>();
            var moved = new List<(Guid AgreementId, string From, string? To)>();
            foreach (var entry in tracker.Entries<Agreement>())
            {
                if (detect)
                {
                    // Only the agreements: a whole DetectChanges here would double the cost of saving large batches.
                    entry.DetectChanges();
                }

                agreements[entry.Entity.Id] = entry;
                if (entry.State == EntityState.Modified && entry.Property(a => a.Stage).OriginalValue is var from && !string.Equals(from, entry.Entity.Stage, StringComparison.Ordinal))
                {
                    moved.Add((entry.Entity.Id, from, entry.Entity.Stage));
                }
                else if (entry.State == EntityState.Deleted)
                {
                    moved.Add((entry.Entity.Id, entry.Property(a => a.Stage).OriginalValue, null));
                }
            }

            var parties = new List<(Guid AgreementId, Guid OrganizationId, int Delta)>();
            foreach (var entry in tracker.Entries<AgreementParty>())
            {
                var agreementState = agreements.TryGetValue(entry.Entity.AgreementId, out var agreement) ? agreement.State : EntityState.Detached;
                if (entry.State == EntityState.Added && agreementState != EntityState.Deleted)
                {
                    parties.Add((entry.Entity.AgreementId, entry.Entity.OrganizationId, 1));
                }
                else if (entry.State == EntityState.Deleted && agreementState != EntityState.Deleted)
                {
                    parties.Add((entry.Entity.AgreementId, entry.Entity.OrganizationId, -1));
                }
            }

            if (moved.Count == 0 && parties.Count == 0)
            {
                return [];
            }

            var deltas = new Dictionary<(string Stage, Guid OrganizationId), int>();
            void Add(Guid organizationId, string stage, int delta) =>
                deltas[(stage, organizationId)] = deltas.GetValueOrDefault((stage, organizationId)) + delta;

            // The stored parties of an agreement that moves (or goes) leave its old stage for the new one.
            if (moved.Count > 0)
            {
                var ids = moved.Select(m => m.AgreementId).ToList();
                var stored = await db.AgreementParties.AsNoTracking().Where(p => ids.Contains(p.AgreementId))
                    .Select(p => new { p.AgreementId, p.OrganizationId }).ToListAsync(cancellationToken);
                foreach (var (agreementId, from, to) in moved)
                {
                    foreach (var party in stored.Where(p => p.AgreementId == agreementId))
                    {
                        Add(party.OrganizationId, from, -1);
                        if (to is not null)
                        {
                            Add(party.OrganizationId, to, 1);
                        }
                    }
                }
            }

            // A party added or removed counts in the stage its agreement ends up in.
            var untracked = parties.Where(p => !agreements.ContainsKey(p.AgreementId)).Select(p => p.AgreementId).Distinct().ToList();
            var storedStages = untracked.Count == 0
                ? []
                : await db.Agreements.AsNoTracking().Where(a => untracked.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Stage, cancellationToken);
            foreach (var (agreementId, organizationId, delta) in parties)
            {
                var stage = agreements.TryGetValue(agreementId, out var agreement) ? agreement.Entity.Stage : storedStages.GetValueOrDefault(agreementId);
                if (stage is not null)
                {
                    Add(organizationId, stage, delta);
                }
            }

            return [.. deltas.Where(d => d.Value != 0)
                .OrderBy(d => d.Key.Stage, StringComparer.Ordinal).ThenBy(d => d.Key.OrganizationId)
                .Select(d => new AgreementStageCount { OrganizationId = d.Key.OrganizationId, Stage = d.Key.Stage, Count = d.Value })];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>Adds <paramref name="deltas"/> to the counts: one upsert per few hundred rows, the same SQL on SQLite and PostgreSQL.</summary>
    internal static async Task ApplyAsync(AgreementFlowDbContext db, IReadOnlyList<AgreementStageCount> deltas, CancellationToken cancellationToken)
    {
        foreach (var chunk in deltas.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO \"AgreementStageCounts\" (\"OrganizationId\", \"Stage\", \"Count\") VALUES ");
            var parameters = new List<object>(chunk.Length * 3);
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{{3 * i}}}, {{{(3 * i) + 1}}}, {{{(3 * i) + 2}}})");
                parameters.Add(chunk[i].OrganizationId);
                parameters.Add(chunk[i].Stage);
                parameters.Add(chunk[i].Count);
            }

            sql.Append(" ON CONFLICT (\"OrganizationId\", \"Stage\") DO UPDATE SET \"Count\" = \"AgreementStageCounts\".\"Count\" + excluded.\"Count\"");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }
}
