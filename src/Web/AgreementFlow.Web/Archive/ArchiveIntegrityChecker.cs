using AgreementFlow.Data.Archive;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Runtime.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Archive;

/// <summary>
/// Re-hashes a batch of stored files, the longest unchecked first, and raises an incident on the agreement's instance
/// (source <c>archive-integrity</c>) for each file found changed or missing — once per file, when it goes bad; a file
/// restored to its bytes resolves its incident.
/// </summary>
public sealed class ArchiveIntegrityChecker(AgreementFlowDbContext db, ArchiveStorage storage, IOptions<ArchiveOptions> options, TimeProvider clock)
{
    public const string IncidentSource = "archive-integrity";

    /// <summary>Checks one batch; returns how many files were checked and how many were found bad.</summary>
    public async Task<(int Checked, int Bad)> RunBatchAsync(int? batchSize, CancellationToken cancellationToken)
    {
        var files = await db.ArchiveFiles
            .Where(f => db.ArchiveRecords.Any(r => r.Id == f.RecordId && r.Status == ArchiveRecordStatus.Kept))
            .OrderBy(f => f.CheckedAtUtc != null)
            .ThenBy(f => f.CheckedAtUtc)
            .ThenBy(f => f.Id)
            .Take(batchSize ?? options.Value.IntegrityBatchSize)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var bad = 0;
        foreach (var file in files)
        {
            var stored = await storage.RehashAsync(file.Sha256, cancellationToken);
            var found = stored is null ? ArchiveIntegrity.Missing : stored == file.Sha256 ? ArchiveIntegrity.Intact : ArchiveIntegrity.Tampered;
            if (found != ArchiveIntegrity.Intact)
            {
                bad++;
                if (file.Integrity is not (ArchiveIntegrity.Missing or ArchiveIntegrity.Tampered))
                {
                    var record = await db.ArchiveRecords.AsNoTracking().SingleAsync(r => r.Id == file.RecordId, cancellationToken);
                    db.Incidents.Add(new Incident
                    {
                        Id = Guid.CreateVersion7(clock.GetUtcNow()),
                        InstanceId = record.InstanceId,
                        Stage = "archived",
                        Source = IncidentSource,
                        Message = found == ArchiveIntegrity.Missing
                            ? $"Archive file '{file.Name}' ({file.Role}, sha256 {file.Sha256}) of record {record.Id} is missing from storage."
                            : $"Archive file '{file.Name}' ({file.Role}) of record {record.Id} no longer matches its SHA-256 {file.Sha256}: the stored bytes hash to {stored}.",
                        CreatedAtUtc = now,
                    });
                }
            }

            else if (file.Integrity is ArchiveIntegrity.Missing or ArchiveIntegrity.Tampered)
            {
                // Restored from a backup: the incident it raised is settled.
                var open = await db.Incidents
                    .Where(i => i.Source == IncidentSource && i.ResolvedAtUtc == null && i.Message.Contains(file.Sha256))
                    .ToListAsync(cancellationToken);
                open.ForEach(i => i.ResolvedAtUtc = now);
            }

            file.Integrity = found;
            file.CheckedAtUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (files.Count, bad);
    }
}
