using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Organizations;

/// <summary>Lists, creates, updates and deletes people with their memberships; shared by the admin pages and the API.</summary>
public sealed class PersonService(
    AgreementFlowDbContext db,
    IPasswordHasher<Person> hasher,
    PasswordRules passwordRules,
    Texts t,
    TimeProvider clock)
{
    /// <summary>People, optionally only those who belong to one of <paramref name="organizationIds"/>.</summary>
    public async Task<IReadOnlyList<PersonView>> ListAsync(IReadOnlySet<Guid>? organizationIds, CancellationToken cancellationToken)
    {
        var query = db.People.AsNoTracking().Include(p => p.Memberships).ThenInclude(m => m.Organization).AsQueryable();
        if (organizationIds is not null)
        {
            query = query.Where(p => p.Memberships.Any(m => organizationIds.Contains(m.OrganizationId)));
        }

        return (await query.AsSplitQuery().ToListAsync(cancellationToken))
            .OrderBy(p => p.FullName, StringComparer.CurrentCulture)
            .Select(ToView)
            .ToList();
    }

    public async Task<PersonView?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().Include(p => p.Memberships).ThenInclude(m => m.Organization)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is { } person ? ToView(person) : null;

    public async Task<CommandResult<PersonView>> CreateAsync(PersonInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var person = new Person
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            FullName = "",
            Email = "",
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var errors = await ApplyAsync(input, person, isNew: true, cancellationToken);
        if (!errors.IsEmpty)
        {
            return CommandResult<PersonView>.Invalid(errors);
        }

        if (await EmailTakenAsync(person.Email, person.Id, cancellationToken))
        {
            return DuplicateEmail(person.Email);
        }

        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<PersonView>.Success(await FindAsync(person.Id, cancellationToken) ?? throw new InvalidOperationException());
    }

    public async Task<CommandResult<PersonView>> UpdateAsync(Guid id, PersonInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var person = await db.People.Include(p => p.Memberships).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return CommandResult<PersonView>.NotFound(t["Сотрудник не найден."]);
        }

        var wasAdministrator = person.IsAdministrator;
        var errors = await ApplyAsync(input, person, isNew: false, cancellationToken);
        if (!errors.IsEmpty)
        {
            return CommandResult<PersonView>.Invalid(errors);
        }

        if (await EmailTakenAsync(person.Email, person.Id, cancellationToken))
        {
            return DuplicateEmail(person.Email);
        }

        if (wasAdministrator && !person.IsAdministrator && !await db.People.AnyAsync(p => p.IsAdministrator && p.Id != id, cancellationToken))
        {
            return CommandResult<PersonView>.Conflict(t["Это последний администратор: назначьте другого, прежде чем снимать права."]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<PersonView>.Success(await FindAsync(person.Id, cancellationToken) ?? throw new InvalidOperationException());
    }

    public async Task<CommandResult<Unit>> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return CommandResult<Unit>.NotFound(t["Сотрудник не найден."]);
        }

        if (person.IsAdministrator && !await db.People.AnyAsync(p => p.IsAdministrator && p.Id != id, cancellationToken))
        {
            return CommandResult<Unit>.Conflict(t["Это последний администратор: его нельзя удалить."]);
        }

        var substituteFor = await db.Absences.CountAsync(a => a.SubstituteId == id && a.PersonId != id, cancellationToken);
        if (substituteFor > 0)
        {
            return CommandResult<Unit>.Conflict(t.Format(
                "Сотрудника нельзя удалить: он замещает коллег в периодах отсутствия ({0}).", substituteFor));
        }

        db.People.Remove(person);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Unit>.Success(Unit.Value);
    }

    public static PersonView ToView(Person p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(
            p.Id,
            p.FullName,
            p.Email,
            p.Phone,
            p.PreferredLanguage,
            p.IsAdministrator,
            [.. p.Memberships
                .OrderBy(m => m.Organization?.ShortName, StringComparer.CurrentCulture)
                .ThenBy(m => m.Role)
                .Select(m => new MembershipView(m.OrganizationId, m.Organization?.ShortName ?? "", InputRules.JsonName(m.Role)))]);
    }

    private async Task<FieldErrors> ApplyAsync(PersonInput input, Person person, bool isNew, CancellationToken cancellationToken)
    {
        var rules = new InputRules(t, new FieldErrors());
        person.FullName = rules.Required("fullName", input.FullName, Person.FullNameMaxLength);
        person.Email = rules.Email("email", input.Email, Person.EmailMaxLength) ?? "";
        person.Phone = rules.Optional("phone", input.Phone, Person.PhoneMaxLength);
        if (person.Phone is not null && !person.Phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))
        {
            rules.Errors.Add("phone", t["Телефон — цифры, пробелы, +, -, скобки."]);
        }

        var language = string.IsNullOrWhiteSpace(input.PreferredLanguage) ? SupportedLanguages.Russian : input.PreferredLanguage.Trim();
        if (SupportedLanguages.IsSupported(language))
        {
            person.PreferredLanguage = language;
        }
        else
        {
            rules.Errors.Add("preferredLanguage", t["Язык: ru или en."]);
        }

        person.IsAdministrator = input.IsAdministrator;
        if (isNew || !string.IsNullOrEmpty(input.Password))
        {
            passwordRules.Validate(input.Password, rules.Errors, "password");
            if (!rules.Errors.Has("password"))
            {
                person.PasswordHash = hasher.HashPassword(person, input.Password!);
                person.SecurityStamp = Guid.NewGuid().ToString("N");
            }
        }

        await ApplyMembershipsAsync(input.Memberships ?? [], person, rules, cancellationToken);
        return rules.Errors;
    }

    private async Task ApplyMembershipsAsync(IReadOnlyList<MembershipInput> input, Person person, InputRules rules, CancellationToken cancellationToken)
    {
        var wanted = new List<(Guid OrganizationId, OrganizationRole Role)>();
        var organizationIds = input.Select(m => m.OrganizationId).Distinct().ToList();
        var known = await db.Organizations.Where(o => organizationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < input.Count; i++)
        {
            var field = $"memberships[{i}]";
            var role = rules.Choice<OrganizationRole>($"{field}.role", input[i].Role);
            if (!known.Contains(input[i].OrganizationId))
            {
                rules.Errors.Add($"{field}.organizationId", t["Такой организации нет."]);
            }
            else if (!rules.Errors.Has($"{field}.role") && !wanted.Contains((input[i].OrganizationId, role)))
            {
                wanted.Add((input[i].OrganizationId, role));
            }
        }

        if (!rules.Errors.IsEmpty)
        {
            return;
        }

        person.Memberships.RemoveAll(m => !wanted.Contains((m.OrganizationId, m.Role)));
        foreach (var (organizationId, role) in wanted.Where(w => !person.Memberships.Any(m => m.OrganizationId == w.OrganizationId && m.Role == w.Role)))
        {
            person.Memberships.Add(new Membership
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                PersonId = person.Id,
                OrganizationId = organizationId,
                Role = role,
            });
        }
    }

    private Task<bool> EmailTakenAsync(string email, Guid exceptId, CancellationToken cancellationToken) =>
        db.People.AnyAsync(p => p.Email == email && p.Id != exceptId, cancellationToken);

    private CommandResult<PersonView> DuplicateEmail(string email)
    {
        var errors = new FieldErrors();
        errors.Add("email", t.Format("Адрес {0} уже занят другим сотрудником.", email));
        return CommandResult<PersonView>.Conflict(t["Такой сотрудник уже есть."], errors);
    }
}
