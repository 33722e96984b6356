using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Organizations;

/// <summary>Lists, creates, updates and deletes educational programmes.</summary>
/// <remarks>Who may change a programme is decided by the caller with <c>Policies.ManageOrganizationPrograms</c>.</remarks>
public sealed class ProgramService(AgreementFlowDbContext db, Texts t, TimeProvider clock)
{
    public const int MaxHours = 10_000;

    public async Task<IReadOnlyList<ProgramView>> ListAsync(Guid? ownerOrganizationId, CancellationToken cancellationToken)
    {
        var query = db.Programs.AsNoTracking().Include(p => p.OwnerOrganization).AsQueryable();
        if (ownerOrganizationId is { } owner)
        {
            query = query.Where(p => p.OwnerOrganizationId == owner);
        }

        return (await query.ToListAsync(cancellationToken))
            .OrderBy(p => p.OwnerOrganization?.ShortName, StringComparer.CurrentCulture)
            .ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(ToView)
            .ToList();
    }

    public async Task<ProgramView?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Programs.AsNoTracking().Include(p => p.OwnerOrganization)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is { } program ? ToView(program) : null;

    /// <summary>The owner of a programme, for the authorisation check before an update or delete.</summary>
    public Task<Guid?> FindOwnerAsync(Guid id, CancellationToken cancellationToken) =>
        db.Programs.Where(p => p.Id == id).Select(p => (Guid?)p.OwnerOrganizationId).SingleOrDefaultAsync(cancellationToken);

    public async Task<CommandResult<ProgramView>> CreateAsync(ProgramInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var program = new EducationProgram { Id = Guid.CreateVersion7(clock.GetUtcNow()), Name = "" };
        var errors = await ApplyAsync(input, program, cancellationToken);
        if (!errors.IsEmpty)
        {
            return CommandResult<ProgramView>.Invalid(errors);
        }

        if (await NameTakenAsync(program, cancellationToken))
        {
            return DuplicateName(program.Name);
        }

        db.Programs.Add(program);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<ProgramView>.Success(await FindAsync(program.Id, cancellationToken) ?? throw new InvalidOperationException());
    }

    public async Task<CommandResult<ProgramView>> UpdateAsync(Guid id, ProgramInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var program = await db.Programs.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (program is null)
        {
            return CommandResult<ProgramView>.NotFound(t["Программа не найдена."]);
        }

        var errors = await ApplyAsync(input, program, cancellationToken);
        if (!errors.IsEmpty)
        {
            return CommandResult<ProgramView>.Invalid(errors);
        }

        if (await NameTakenAsync(program, cancellationToken))
        {
            return DuplicateName(program.Name);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<ProgramView>.Success(await FindAsync(program.Id, cancellationToken) ?? throw new InvalidOperationException());
    }

    public async Task<CommandResult<Unit>> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var program = await db.Programs.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (program is null)
        {
            return CommandResult<Unit>.NotFound(t["Программа не найдена."]);
        }

        db.Programs.Remove(program);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Unit>.Success(Unit.Value);
    }

    public static ProgramView ToView(EducationProgram p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Name, InputRules.JsonName(p.Focus), InputRules.JsonName(p.Level), p.Hours, p.OwnerOrganizationId, p.OwnerOrganization?.ShortName ?? "");
    }

    private async Task<FieldErrors> ApplyAsync(ProgramInput input, EducationProgram program, CancellationToken cancellationToken)
    {
        var rules = new InputRules(t, new FieldErrors());
        program.Name = rules.Required("name", input.Name, EducationProgram.NameMaxLength);
        program.Focus = rules.Choice<ProgramFocus>("focus", input.Focus);
        program.Level = rules.Choice<ProgramLevel>("level", input.Level);
        if (input.Hours is not { } hours || hours < 1 || hours > MaxHours)
        {
            rules.Errors.Add("hours", t.Format("Объём в часах — целое число от 1 до {0}.", MaxHours));
        }
        else
        {
            program.Hours = hours;
        }

        if (input.OwnerOrganizationId is not { } owner || !await db.Organizations.AnyAsync(o => o.Id == owner, cancellationToken))
        {
            rules.Errors.Add("ownerOrganizationId", t["Выберите организацию, которой принадлежит программа."]);
        }
        else
        {
            program.OwnerOrganizationId = owner;
        }

        return rules.Errors;
    }

    private Task<bool> NameTakenAsync(EducationProgram program, CancellationToken cancellationToken) =>
        db.Programs.AnyAsync(p => p.OwnerOrganizationId == program.OwnerOrganizationId && p.Name == program.Name && p.Id != program.Id, cancellationToken);

    private CommandResult<ProgramView> DuplicateName(string name)
    {
        var errors = new FieldErrors();
        errors.Add("name", t.Format("У этой организации уже есть программа «{0}».", name));
        return CommandResult<ProgramView>.Conflict(t["Такая программа уже есть."], errors);
    }
}
