using System.Globalization;
using AgreementFlow.Data.Archive;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Archive;

/// <summary>
/// The archive for signed-in people: search and download (staff of a party organisation, or an administrator), the
/// records whose retention has ended, their destruction with an act that stays, and the public verification of a hash.
/// </summary>
public sealed class ArchiveService(AgreementFlowDbContext db, ArchiveStorage storage, TimeProvider clock, ILogger<ArchiveService> logger)
{
    public const int MaxResults = 200;

    /// <summary>Records the person may see: an administrator all, anyone else those where their organisation is a party.</summary>
    public IQueryable<ArchiveRecord> Visible(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsAdministrator)
        {
            return db.ArchiveRecords.AsNoTracking();
        }

        var organizations = user.OrganizationIds.ToList();
        return db.ArchiveRecords.AsNoTracking()
            .Where(r => db.AgreementParties.Any(p => p.AgreementId == r.SubjectId && organizations.Contains(p.OrganizationId)));
    }

    /// <summary>Search by number, party, programme or title (<paramref name="q"/>), the term's year and the kind; newest first.</summary>
    public async Task<IReadOnlyList<ArchiveRecordView>> SearchAsync(CurrentUser user, string? q, int? year, string? kind, CancellationToken cancellationToken)
    {
        var query = Visible(user);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var needle = q.Trim().ToLowerInvariant();
            query = query.Where(r => r.SearchText.Contains(needle));
        }

        if (year is { } y)
        {
            query = query.Where(r => r.Year == y);
        }

        if (!string.IsNullOrWhiteSpace(kind))
        {
            query = query.Where(r => r.Kind == kind);
        }

        var records = await query.Include(r => r.Files).OrderByDescending(r => r.ArchivedAtUtc).Take(MaxResults).ToListAsync(cancellationToken);
        return [.. records.Select(r => ToView(r, null))];
    }

    public async Task<ArchiveRecordView?> FindAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var record = await Visible(user).Include(r => r.Files).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var act = await db.DestructionActs.AsNoTracking().SingleOrDefaultAsync(a => a.RecordId == id, cancellationToken);
        return ToView(record, act);
    }

    /// <summary>A file's bytes, for a person who may see its record; null when there is no such file or it is gone.</summary>
    public async Task<ArchiveDownload?> DownloadAsync(CurrentUser user, Guid recordId, Guid fileId, CancellationToken cancellationToken)
    {
        var file = await Visible(user).Where(r => r.Id == recordId).SelectMany(r => r.Files).SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        if (file is null)
        {
            return null;
        }

        var content = await storage.ReadAsync(file.Sha256, cancellationToken);
        return content is null ? null : new ArchiveDownload(content, file.ContentType, file.Name);
    }

    /// <summary>Kept records whose retention ended before today (UTC): «к уничтожению».</summary>
    public async Task<IReadOnlyList<ArchiveRecordView>> DueForDestructionAsync(CancellationToken cancellationToken)
    {
        var today = Today();
        var records = await db.ArchiveRecords.AsNoTracking().Include(r => r.Files)
            .Where(r => r.Status == ArchiveRecordStatus.Kept && r.RetentionEndsOn < today)
            .OrderBy(r => r.RetentionEndsOn)
            .Take(MaxResults)
            .ToListAsync(cancellationToken);
        return [.. records.Select(r => ToView(r, null))];
    }

    public async Task<IReadOnlyList<DestructionActView>> ActsAsync(CancellationToken cancellationToken)
    {
        var acts = await db.DestructionActs.AsNoTracking().OrderByDescending(a => a.DestroyedAtUtc).Take(MaxResults).ToListAsync(cancellationToken);
        return [.. acts.Select(ToView)];
    }

    /// <summary>
    /// Destroys a record's files once its retention has ended: the act (who, when, what) and the record's new status commit
    /// first, then the files go (a file another kept record also holds stays). Refused while retention runs.
    /// </summary>
    public async Task<CommandResult<DestructionActView>> DestroyAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAdministrator)
        {
            return CommandResult<DestructionActView>.Forbidden("Уничтожает документы архива только администратор.");
        }

        var record = await db.ArchiveRecords.Include(r => r.Files).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return CommandResult<DestructionActView>.NotFound("Записи архива нет.");
        }

        if (record.Status == ArchiveRecordStatus.Destroyed)
        {
            return CommandResult<DestructionActView>.Conflict("Файлы этой записи уже уничтожены; акт об уничтожении сохранён.");
        }

        if (record.RetentionEndsOn >= Today())
        {
            return CommandResult<DestructionActView>.Conflict(
                $"Срок хранения не истёк: документы хранятся до {record.RetentionEndsOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} включительно, уничтожить их можно после этой даты.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var name = await db.People.AsNoTracking().Where(p => p.Id == user.PersonId).Select(p => p.FullName).SingleOrDefaultAsync(cancellationToken) ?? user.Name;
        var act = new DestructionAct
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            RecordId = record.Id,
            Number = record.Number,
            Kind = record.Kind,
            Title = record.Title,
            RetentionEndsOn = record.RetentionEndsOn,
            Files = string.Join('\n', record.Files.Select(f => $"{f.Role} {f.Sha256} {f.Name}")),
            DestroyedByPersonId = user.PersonId,
            DestroyedByName = name.Length > 200 ? name[..200] : name,
            DestroyedAtUtc = now,
        };
        var hashes = record.Files.Select(f => f.Sha256).Distinct().ToList();
        db.DestructionActs.Add(act);
        db.ArchiveFiles.RemoveRange(record.Files);
        record.Status = ArchiveRecordStatus.Destroyed;
        record.DestroyedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);

        var stillHeld = await db.ArchiveFiles.AsNoTracking().Where(f => hashes.Contains(f.Sha256)).Select(f => f.Sha256).Distinct().ToListAsync(cancellationToken);
        foreach (var sha in hashes.Except(stillHeld))
        {
            storage.Delete(sha);
        }

        logger.LogInformation("Archive record {RecordId} destroyed by {PersonId}: {Count} files", record.Id, user.PersonId, hashes.Count);
        return CommandResult<DestructionActView>.Success(ToView(act));
    }

    /// <summary>Verifies a hash (64 hex digits) against the archive, re-hashing the stored file.</summary>
    public async Task<Verification> VerifyAsync(string sha256, CancellationToken cancellationToken)
    {
        var sha = sha256.ToLowerInvariant();
        var file = await db.ArchiveFiles.AsNoTracking()
            .Where(f => f.Sha256 == sha && db.ArchiveRecords.Any(r => r.Id == f.RecordId && r.Status == ArchiveRecordStatus.Kept))
            .OrderBy(f => f.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return Verification.Unknown(sha);
        }

        var record = await db.ArchiveRecords.AsNoTracking().SingleAsync(r => r.Id == file.RecordId, cancellationToken);
        var stored = await storage.RehashAsync(sha, cancellationToken);
        return new Verification(
            sha,
            stored == sha ? Verification.Authentic : Verification.Tampered,
            ArchiveFileRoles.Title(file.Role),
            file.Name,
            record.Number,
            KindTitle(record.Kind),
            record.Title,
            record.Parties.Split("; ", StringSplitOptions.RemoveEmptyEntries),
            record.TermFrom,
            record.TermTo,
            DateOnly.FromDateTime(record.ArchivedAtUtc));
    }

    public static string KindTitle(string kind) => kind == "amendment" ? "Дополнительное соглашение" : "Договор о сетевой форме";

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static ArchiveRecordView ToView(ArchiveRecord r, DestructionAct? act) => new(
        r.Id, r.SubjectId, r.Kind, r.Number, r.Title, r.Parties, r.Programs, r.Year, r.TermFrom, r.TermTo, r.EndedAs, r.ArchivedAtUtc,
        r.RetentionEndsOn, r.Status == ArchiveRecordStatus.Kept ? "kept" : "destroyed",
        [.. r.Files.OrderBy(f => f.Role, StringComparer.Ordinal).Select(f => new ArchiveFileView(
            f.Id, f.Role, ArchiveFileRoles.Title(f.Role), f.Name, f.ContentType, f.Sha256, f.Length, f.Integrity.ToString(), f.CheckedAtUtc))],
        act is null ? null : ToView(act));

    private static DestructionActView ToView(DestructionAct a) => new(
        a.Id, a.RecordId, a.Number, a.Kind, a.Title, a.RetentionEndsOn, a.Files.Split('\n', StringSplitOptions.RemoveEmptyEntries), a.DestroyedByName, a.DestroyedAtUtc);
}
