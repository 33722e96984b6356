using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Data.Registration;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Registration;

/// <summary>
/// Registration journals: takes the next number of an organisation's journal, shows the journal, sets its pattern.
/// </summary>
/// <remarks>
/// The journal row is the counter and carries a concurrency token, and the lines have unique keys on the number,
/// the sequence and the subject: of two registrations racing for the same number one commits and the other is
/// refused by the database, so the journal never has a duplicate; a number is only ever taken in the transaction
/// that writes its line, so it never has a gap.
/// </remarks>
public sealed class RegistrationService(AgreementFlowDbContext db, IOrganizationTimeSource organizationTime, TimeProvider clock, Texts t)
{
    private const int MaxAttempts = 100;

    /// <summary>
    /// Adds the next line of the organisation's journal to the unit of work, without saving: the caller's transaction
    /// (a workflow step) commits it or nothing. A subject already registered keeps its number.
    /// </summary>
    public async Task<RegistrationEntry> TakeNumberAsync(Guid organizationId, RegisteredDocumentKind kind, Guid subjectId, string title, CancellationToken cancellationToken)
    {
        var existing = db.RegistrationEntries.Local.FirstOrDefault(e => e.OrganizationId == organizationId && e.SubjectId == subjectId)
            ?? await db.RegistrationEntries.AsNoTracking().SingleOrDefaultAsync(e => e.OrganizationId == organizationId && e.SubjectId == subjectId, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var journal = await db.RegistrationJournals.FindAsync([organizationId], cancellationToken);
        if (journal is null)
        {
            journal = new RegistrationJournal { OrganizationId = organizationId, UpdatedAtUtc = nowUtc };
            db.RegistrationJournals.Add(journal);
        }

        var time = await organizationTime.GetAsync(organizationId, cancellationToken);
        var today = DateOnly.FromDateTime(time.Zone.ToLocal(new DateTimeOffset(nowUtc, TimeSpan.Zero)));
        var pattern = NumberPattern.Parse(journal.Pattern).Pattern ?? NumberPattern.Parse(RegistrationJournal.DefaultPattern).Pattern!;
        var period = pattern.PeriodOf(today);
        if (journal.Period != period)
        {
            journal.Period = period;
            journal.LastSequence = 0;
        }

        journal.LastSequence++;
        journal.Revision++;
        journal.UpdatedAtUtc = nowUtc;
        var entry = new RegistrationEntry
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(nowUtc, TimeSpan.Zero)),
            OrganizationId = organizationId,
            Period = period,
            Sequence = journal.LastSequence,
            Number = pattern.Format(journal.LastSequence, today),
            RegisteredOn = today,
            RegisteredAtUtc = nowUtc,
            DocumentKind = kind,
            SubjectId = subjectId,
            Title = title.Length > RegistrationEntry.TitleMaxLength ? title[..RegistrationEntry.TitleMaxLength] : title,
        };
        db.RegistrationEntries.Add(entry);
        return entry;
    }

    /// <summary>Registers a document on its own: takes the number and saves, trying again when a concurrent registration took it first.</summary>
    public async Task<RegistrationEntry> RegisterAsync(Guid organizationId, RegisteredDocumentKind kind, Guid subjectId, string title, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var entry = await TakeNumberAsync(organizationId, kind, subjectId, title, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return entry;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Someone else took this number (or created the journal) first: read the counter again after a
                // short real pause (not the injected clock: a test's frozen clock would never end it).
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 + (attempt * 2))), cancellationToken);
            }
        }
    }

    /// <summary>The journal of an organisation, newest first, optionally of one year.</summary>
    public async Task<RegistrationJournalView> GetJournalAsync(Guid organizationId, int? year, CancellationToken cancellationToken)
    {
        var journal = await db.RegistrationJournals.AsNoTracking().SingleOrDefaultAsync(j => j.OrganizationId == organizationId, cancellationToken);
        var query = db.RegistrationEntries.AsNoTracking().Where(e => e.OrganizationId == organizationId);
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            query = query.Where(e => e.RegisteredOn >= from && e.RegisteredOn <= to);
        }

        var entries = await query.OrderByDescending(e => e.RegisteredAtUtc).ThenByDescending(e => e.Sequence).Take(5000).ToListAsync(cancellationToken);
        var subjectIds = entries.Select(e => e.SubjectId).ToList();
        var agreements = await db.Agreements.AsNoTracking().Where(a => subjectIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Stage, Parties = a.Parties.OrderBy(p => p.Position).Select(p => p.OrganizationId).ToList() })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var organizationIds = agreements.Values.SelectMany(a => a.Parties).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
        var lines = entries.Select(e =>
        {
            var agreement = agreements.GetValueOrDefault(e.SubjectId);
            return new RegistrationLine(
                e.Number,
                e.RegisteredOn,
                e.DocumentKind,
                e.Title,
                agreement is null ? [] : [.. agreement.Parties.Select(p => names.GetValueOrDefault(p, "?"))],
                agreement?.Stage,
                agreement is null ? null : $"/agreements/{e.SubjectId}",
                e.SubjectId);
        }).ToList();
        var pattern = journal?.Pattern ?? RegistrationJournal.DefaultPattern;
        return new RegistrationJournalView(organizationId, pattern, NumberPattern.Parse(pattern).Pattern?.RestartsYearly ?? true, lines);
    }

    /// <summary>Sets the journal's number pattern; numbers already given stay as they are.</summary>
    public async Task<CommandResult<string>> SetPatternAsync(Guid organizationId, string? pattern, CancellationToken cancellationToken)
    {
        var (parsed, error) = NumberPattern.Parse(pattern);
        if (parsed is null)
        {
            var errors = new FieldErrors();
            errors.Add("pattern", t[error!]);
            return CommandResult<string>.Invalid(errors);
        }

        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            return CommandResult<string>.NotFound(t["Организация не найдена."]);
        }

        var journal = await db.RegistrationJournals.FindAsync([organizationId], cancellationToken);
        if (journal is null)
        {
            db.RegistrationJournals.Add(new RegistrationJournal { OrganizationId = organizationId, Pattern = parsed.Text, UpdatedAtUtc = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            journal.Pattern = parsed.Text;
            journal.Revision++;
            journal.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return CommandResult<string>.Conflict(t["Журнал только что изменили. Обновите страницу и попробуйте ещё раз."]);
        }

        return CommandResult<string>.Success(parsed.Text);
    }

    /// <summary>The journal kind of an agreement.</summary>
    public static RegisteredDocumentKind KindOf(AgreementKind kind) =>
        kind == AgreementKind.Amendment ? RegisteredDocumentKind.Amendment : RegisteredDocumentKind.Agreement;
}
