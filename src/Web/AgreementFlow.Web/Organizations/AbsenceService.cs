using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Calendars;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Organizations;

/// <summary>
/// A person's own absences («отсутствие») and the colleague who acts for them. The workflow runtime reads
/// them when it assigns a task (<c>DirectoryAssignees</c>): a task that arrives during the period goes to
/// the substitute, marked «и.о.».
/// </summary>
public sealed class AbsenceService(AgreementFlowDbContext db, Texts t, TimeProvider clock)
{
    /// <summary>The longest absence one entry may cover: a year, which is more than any leave.</summary>
    public const int MaxDays = 366;

    /// <summary>The person's absences that have not ended yet, earliest first.</summary>
    public async Task<IReadOnlyList<AbsenceView>> CurrentAndFutureAsync(Guid personId, CancellationToken cancellationToken)
    {
        var today = await TodayOfAsync(personId, cancellationToken);
        return await db.Absences.AsNoTracking()
            .Where(a => a.PersonId == personId && a.To >= today)
            .OrderBy(a => a.From)
            .Join(db.People, a => a.SubstituteId, p => p.Id, (a, p) => new AbsenceView(a.Id, a.From, a.To, a.SubstituteId, p.FullName, a.Note))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Everyone who shares an organisation with the person, except the person, by name.</summary>
    public async Task<IReadOnlyList<ColleagueView>> ColleaguesAsync(Guid personId, CancellationToken cancellationToken)
    {
        var mine = db.Memberships.Where(m => m.PersonId == personId).Select(m => m.OrganizationId);
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => m.PersonId != personId && mine.Contains(m.OrganizationId))
            .Select(m => new { m.PersonId, m.Person!.FullName, m.Organization!.ShortName })
            .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => new { r.PersonId, r.FullName })
            .Select(g => new ColleagueView(g.Key.PersonId, g.Key.FullName, string.Join(", ", g.Select(r => r.ShortName).Distinct().Order(StringComparer.CurrentCulture))))
            .OrderBy(c => c.FullName, StringComparer.CurrentCulture)];
    }

    public async Task<CommandResult<AbsenceView>> CreateAsync(Guid personId, AbsenceInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var note = new InputRules(t, errors).Optional("note", input.Note, Absence.NoteMaxLength);
        var today = await TodayOfAsync(personId, cancellationToken);
        if (input.From is null)
        {
            errors.Add("from", t["Укажите первый день отсутствия."]);
        }

        if (input.To is null)
        {
            errors.Add("to", t["Укажите последний день отсутствия."]);
        }
        else if (input.From is { } start && input.To < start)
        {
            errors.Add("to", t["Последний день не может быть раньше первого."]);
        }
        else if (input.To < today)
        {
            errors.Add("to", t["Этот период уже прошёл: укажите текущие или будущие дни."]);
        }
        else if (input.From is { } first && input.To.Value.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            errors.Add("to", t.Format("Одна запись — не больше {0} дней.", MaxDays));
        }

        string? substituteName = null;
        if (input.SubstituteId is not { } substituteId)
        {
            errors.Add("substituteId", t["Выберите, кто будет исполнять обязанности."]);
        }
        else if (substituteId == personId)
        {
            errors.Add("substituteId", t["Замещать себя нельзя: выберите коллегу."]);
        }
        else
        {
            substituteName = await db.People.AsNoTracking().Where(p => p.Id == substituteId).Select(p => p.FullName).SingleOrDefaultAsync(cancellationToken);
            var mine = db.Memberships.Where(m => m.PersonId == personId).Select(m => m.OrganizationId);
            if (substituteName is null)
            {
                errors.Add("substituteId", t["Такого сотрудника нет."]);
            }
            else if (!await db.Memberships.AnyAsync(m => m.PersonId == substituteId && mine.Contains(m.OrganizationId), cancellationToken))
            {
                errors.Add("substituteId", t["Замещать может только коллега из вашей организации."]);
            }
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<AbsenceView>.Invalid(errors);
        }

        var from = input.From!.Value;
        var to = input.To!.Value;
        var substitute = input.SubstituteId!.Value;

        // Overlapping periods would leave the runtime to pick one substitute at random.
        var overlapping = await db.Absences.AsNoTracking()
            .Where(a => a.PersonId == personId && a.From <= to && a.To >= from)
            .OrderBy(a => a.From)
            .FirstOrDefaultAsync(cancellationToken);
        if (overlapping is not null)
        {
            errors.Add("from", t.Format("Период пересекается с уже записанным отсутствием {0:dd.MM.yyyy} – {1:dd.MM.yyyy}. Удалите его или измените даты.", overlapping.From, overlapping.To));
            return CommandResult<AbsenceView>.Invalid(errors);
        }

        // A substitute who is away at the same time could not act: tasks would sit unanswered.
        var substituteAway = await db.Absences.AsNoTracking()
            .Where(a => a.PersonId == substitute && a.From <= to && a.To >= from)
            .OrderBy(a => a.From)
            .FirstOrDefaultAsync(cancellationToken);
        if (substituteAway is not null)
        {
            errors.Add("substituteId", t.Format("{0} тоже отсутствует в эти дни ({1:dd.MM.yyyy} – {2:dd.MM.yyyy}): выберите другого коллегу.", substituteName, substituteAway.From, substituteAway.To));
            return CommandResult<AbsenceView>.Invalid(errors);
        }

        var absence = new Absence
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            PersonId = personId,
            From = from,
            To = to,
            SubstituteId = substitute,
            Note = note,
        };
        db.Absences.Add(absence);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<AbsenceView>.Success(new AbsenceView(absence.Id, from, to, substitute, substituteName!, note));
    }

    /// <summary>Deletes one of the person's own absences; someone else's is "not found", not "forbidden", so ids reveal nothing.</summary>
    public async Task<CommandResult<Unit>> DeleteAsync(Guid personId, Guid absenceId, CancellationToken cancellationToken)
    {
        var deleted = await db.Absences.Where(a => a.Id == absenceId && a.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0
            ? CommandResult<Unit>.NotFound(t["Такой записи об отсутствии нет."])
            : CommandResult<Unit>.Success(Unit.Value);
    }

    /// <summary>Today in the zone of the person's organisation (the first by name; Moscow when they have none).</summary>
    private async Task<DateOnly> TodayOfAsync(Guid personId, CancellationToken cancellationToken)
    {
        var zoneId = await db.Memberships.AsNoTracking().Where(m => m.PersonId == personId)
            .Select(m => m.Organization!).OrderBy(o => o.ShortName).Select(o => o.TimeZoneId).FirstOrDefaultAsync(cancellationToken);
        var zone = IanaTimeZone.TryParse(zoneId, out var parsed) ? parsed.Value : IanaTimeZone.Moscow;
        return DateOnly.FromDateTime(zone.ToLocal(clock.GetUtcNow()));
    }
}
