using System.Text.RegularExpressions;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Documents.Templates;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Calendars;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Organizations;

/// <summary>Lists, creates, updates and deletes organisations; shared by the admin pages and the API.</summary>
public sealed partial class OrganizationService(AgreementFlowDbContext db, DefaultTemplateSeeder templates, Texts t, TimeProvider clock)
{
    public async Task<IReadOnlyList<OrganizationView>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Organizations.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(o => o.ShortName, StringComparer.CurrentCulture)
            .Select(ToView)
            .ToList();

    public async Task<OrganizationView?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken) is { } o ? ToView(o) : null;

    public async Task<CommandResult<OrganizationView>> CreateAsync(OrganizationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var organization = new Organization
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            FullName = "",
            ShortName = "",
            RegionCode = "",
            TimeZoneId = "",
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var errors = Apply(input, organization);
        if (!errors.IsEmpty)
        {
            return CommandResult<OrganizationView>.Invalid(errors);
        }

        if (await ShortNameTakenAsync(organization.ShortName, organization.Id, cancellationToken))
        {
            return DuplicateShortName(organization.ShortName);
        }

        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        // A new organisation starts with the shipped document forms, published, so it can draft at once.
        await templates.EnsureAsync(organization.Id, cancellationToken);
        return CommandResult<OrganizationView>.Success(ToView(organization));
    }

    public async Task<CommandResult<OrganizationView>> UpdateAsync(Guid id, OrganizationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return CommandResult<OrganizationView>.NotFound(t["Организация не найдена."]);
        }

        var errors = Apply(input, organization);
        if (!errors.IsEmpty)
        {
            return CommandResult<OrganizationView>.Invalid(errors);
        }

        if (await ShortNameTakenAsync(organization.ShortName, organization.Id, cancellationToken))
        {
            return DuplicateShortName(organization.ShortName);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<OrganizationView>.Success(ToView(organization));
    }

    public async Task<CommandResult<Unit>> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return CommandResult<Unit>.NotFound(t["Организация не найдена."]);
        }

        var members = await db.Memberships.CountAsync(m => m.OrganizationId == id, cancellationToken);
        var programs = await db.Programs.CountAsync(p => p.OwnerOrganizationId == id, cancellationToken);
        if (members > 0 || programs > 0)
        {
            return CommandResult<Unit>.Conflict(t.Format(
                "Организацию нельзя удалить: на неё ссылаются сотрудники ({0}) и программы ({1}).", members, programs));
        }

        db.Organizations.Remove(organization);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Unit>.Success(Unit.Value);
    }

    public static OrganizationView ToView(Organization o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Id, o.FullName, o.ShortName, InputRules.JsonName(o.Kind), o.RegionCode, o.TimeZoneId, o.Address, o.Email, o.Inn);
    }

    private FieldErrors Apply(OrganizationInput input, Organization organization)
    {
        var rules = new InputRules(t, new FieldErrors());
        organization.FullName = rules.Required("fullName", input.FullName, Organization.FullNameMaxLength);
        organization.ShortName = rules.Required("shortName", input.ShortName, Organization.ShortNameMaxLength);
        organization.Kind = rules.Choice<OrganizationKind>("kind", input.Kind);
        organization.RegionCode = rules.Required("regionCode", input.RegionCode, Organization.RegionCodeMaxLength);
        if (!rules.Errors.Has("regionCode") && !RegionCodePattern().IsMatch(organization.RegionCode))
        {
            rules.Errors.Add("regionCode", t["Код региона — две цифры, например 24 (Красноярский край)."]);
        }

        var zone = rules.Required("timeZone", input.TimeZone, Organization.TimeZoneMaxLength);
        if (!rules.Errors.Has("timeZone"))
        {
            if (IanaTimeZone.TryParse(zone, out var parsed))
            {
                organization.TimeZoneId = parsed.Value.Id;
            }
            else
            {
                rules.Errors.Add("timeZone", t.Format("Неизвестный часовой пояс «{0}»: укажите пояс IANA, например Europe/Moscow или Asia/Krasnoyarsk.", zone));
            }
        }

        organization.Address = rules.Optional("address", input.Address, Organization.AddressMaxLength) ?? "";
        organization.Email = rules.Email("email", input.Email, Organization.EmailMaxLength, optional: true) ?? "";
        organization.Inn = rules.Optional("inn", input.Inn, Organization.InnMaxLength);
        if (organization.Inn is not null && !rules.Errors.Has("inn") && !TaxpayerNumber.IsValid(organization.Inn))
        {
            rules.Errors.Add("inn", t["ИНН — 10 цифр (12 для ИП) с верными контрольными цифрами."]);
        }

        return rules.Errors;
    }

    private Task<bool> ShortNameTakenAsync(string shortName, Guid exceptId, CancellationToken cancellationToken) =>
        db.Organizations.AnyAsync(o => o.ShortName == shortName && o.Id != exceptId, cancellationToken);

    private CommandResult<OrganizationView> DuplicateShortName(string shortName)
    {
        var errors = new FieldErrors();
        errors.Add("shortName", t.Format("Организация с кратким названием «{0}» уже есть.", shortName));
        return CommandResult<OrganizationView>.Conflict(t["Такая организация уже есть."], errors);
    }

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex RegionCodePattern();
}
