using System.Text.RegularExpressions;
using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Documents.Templates;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Library;

/// <summary>
/// The clause library: clauses several templates share, each with versions of its own. A draft version is edited,
/// a published one never changes; templates refer to a clause by key and version and get its text at publish and render.
/// </summary>
public sealed partial class ClauseLibraryService(AgreementFlowDbContext db, Texts t, TimeProvider clock)
{
    private const int MaxTextLength = 20_000;

    public async Task<CommandResult<IReadOnlyList<LibraryClauseSummary>>> ListAsync(CurrentUser user, Guid? organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (organizationId is { } org && !TemplateService.MayRead(user, org))
        {
            return CommandResult<IReadOnlyList<LibraryClauseSummary>>.Forbidden(t["Библиотека пунктов этой организации вам недоступна."]);
        }

        var organizations = organizationId is { } only ? [only] : user.OrganizationIds.ToList();
        var query = db.Set<LibraryClause>().AsNoTracking().Where(c => organizations.Contains(c.OrganizationId));
        if (organizationId is null && user.IsAdministrator)
        {
            query = db.Set<LibraryClause>().AsNoTracking();
        }

        var clauses = await query.OrderBy(c => c.Title).ToListAsync(cancellationToken);
        var ids = clauses.Select(c => c.Id).ToList();
        var versions = await db.Set<LibraryClauseVersion>().AsNoTracking().Where(v => ids.Contains(v.ClauseId))
            .Select(v => new { v.ClauseId, v.Version, v.Status }).ToListAsync(cancellationToken);
        return CommandResult<IReadOnlyList<LibraryClauseSummary>>.Success([.. clauses.Select(c =>
        {
            var own = versions.Where(v => v.ClauseId == c.Id).ToList();
            return new LibraryClauseSummary(
                c.Id, c.OrganizationId, c.Key, c.Title,
                own.Where(v => v.Status == TemplateVersionStatus.Published).Select(v => (int?)v.Version).Max(),
                own.Count == 0 ? 0 : own.Max(v => v.Version));
        })]);
    }

    /// <summary>The text of a published version, for the editor to show beside the reference; null when there is none.</summary>
    public async Task<string?> PublishedTextAsync(Guid organizationId, string key, int version, CancellationToken cancellationToken) =>
        await (from clause in db.Set<LibraryClause>().AsNoTracking()
               join v in db.Set<LibraryClauseVersion>().AsNoTracking() on clause.Id equals v.ClauseId
               where clause.OrganizationId == organizationId && clause.Key == key && v.Version == version && v.Status == TemplateVersionStatus.Published
               select v.Text).SingleOrDefaultAsync(cancellationToken);

    public async Task<CommandResult<LibraryClauseView>> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var clause = await db.Set<LibraryClause>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return clause is null || !TemplateService.MayRead(user, clause.OrganizationId)
            ? CommandResult<LibraryClauseView>.NotFound(t["Пункт библиотеки не найден."])
            : CommandResult<LibraryClauseView>.Success(await ViewAsync(clause, cancellationToken));
    }

    public async Task<CommandResult<LibraryClauseView>> CreateAsync(CurrentUser user, NewLibraryClauseInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        if (input.OrganizationId is not { } organizationId)
        {
            errors.Add("organizationId", t["Укажите организацию."]);
            return CommandResult<LibraryClauseView>.Invalid(errors);
        }

        if (!TemplateService.MayEdit(user, organizationId))
        {
            return CommandResult<LibraryClauseView>.Forbidden(t["Библиотеку пунктов ведут юристы организации."]);
        }

        var key = input.Key?.Trim() ?? "";
        if (!KeyPattern().IsMatch(key) || key.Length > DocumentTemplate.KeyMaxLength)
        {
            errors.Add("key", t.Format("Ключ — латинские строчные буквы, цифры и дефисы, не длиннее {0} знаков.", DocumentTemplate.KeyMaxLength));
        }

        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0 || title.Length > DocumentTemplate.TitleMaxLength)
        {
            errors.Add("title", t.Format("Название — от 1 до {0} знаков.", DocumentTemplate.TitleMaxLength));
        }

        var (text, covers) = CheckVersion(input.Text, input.Covers, errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<LibraryClauseView>.Invalid(errors);
        }

        if (await db.Set<LibraryClause>().AnyAsync(c => c.OrganizationId == organizationId && c.Key == key, cancellationToken))
        {
            errors.Add("key", t.Format("Пункт с ключом «{0}» в библиотеке уже есть.", key));
            return CommandResult<LibraryClauseView>.Conflict(t.Format("Пункт с ключом «{0}» в библиотеке уже есть.", key), errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var clause = new LibraryClause { Id = Guid.NewGuid(), OrganizationId = organizationId, Key = key, Title = title, CreatedAtUtc = now };
        db.Add(clause);
        db.Add(new LibraryClauseVersion { Id = Guid.NewGuid(), ClauseId = clause.Id, Version = 1, Text = text, Covers = covers, Status = TemplateVersionStatus.Draft, CreatedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<LibraryClauseView>.Success(await ViewAsync(clause, cancellationToken));
    }

    /// <summary>A new draft version, starting from the latest version's text.</summary>
    public async Task<CommandResult<LibraryClauseVersionView>> AddVersionAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (clause, failure) = await EditableClauseAsync<LibraryClauseVersionView>(user, id, cancellationToken);
        if (clause is null)
        {
            return failure!;
        }

        var latest = await db.Set<LibraryClauseVersion>().Where(v => v.ClauseId == id).OrderByDescending(v => v.Version).FirstAsync(cancellationToken);
        if (latest.Status == TemplateVersionStatus.Draft)
        {
            return CommandResult<LibraryClauseVersionView>.Conflict(t.Format("Версия {0} ещё черновик: правьте её.", latest.Version));
        }

        var version = new LibraryClauseVersion
        {
            Id = Guid.NewGuid(), ClauseId = id, Version = latest.Version + 1, Text = latest.Text, Covers = latest.Covers,
            Status = TemplateVersionStatus.Draft, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<LibraryClauseVersionView>.Success(ToView(version));
    }

    public async Task<CommandResult<LibraryClauseVersionView>> UpdateVersionAsync(
        CurrentUser user, Guid id, int versionNumber, LibraryClauseVersionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var (version, failure) = await DraftAsync(user, id, versionNumber, cancellationToken);
        if (version is null)
        {
            return failure!;
        }

        var errors = new FieldErrors();
        var (text, covers) = CheckVersion(input.Text, input.Covers, errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<LibraryClauseVersionView>.Invalid(errors);
        }

        version.Text = text;
        version.Covers = covers;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<LibraryClauseVersionView>.Success(ToView(version));
    }

    public async Task<CommandResult<LibraryClauseVersionView>> PublishAsync(CurrentUser user, Guid id, int versionNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (version, failure) = await DraftAsync(user, id, versionNumber, cancellationToken);
        if (version is null)
        {
            return failure!;
        }

        version.Status = TemplateVersionStatus.Published;
        version.PublishedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<LibraryClauseVersionView>.Success(ToView(version));
    }

    private async Task<(LibraryClauseVersion? Version, CommandResult<LibraryClauseVersionView>? Failure)> DraftAsync(
        CurrentUser user, Guid id, int versionNumber, CancellationToken cancellationToken)
    {
        var (clause, failure) = await EditableClauseAsync<LibraryClauseVersionView>(user, id, cancellationToken);
        if (clause is null)
        {
            return (null, failure);
        }

        var version = await db.Set<LibraryClauseVersion>().SingleOrDefaultAsync(v => v.ClauseId == id && v.Version == versionNumber, cancellationToken);
        if (version is null)
        {
            return (null, CommandResult<LibraryClauseVersionView>.NotFound(t.Format("Версии {0} у пункта нет.", versionNumber)));
        }

        return version.Status == TemplateVersionStatus.Draft
            ? (version, null)
            : (null, CommandResult<LibraryClauseVersionView>.Conflict(t.Format("Версия {0} опубликована и больше не меняется: создайте новую версию.", versionNumber)));
    }

    private async Task<(LibraryClause? Clause, CommandResult<T>? Failure)> EditableClauseAsync<T>(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var clause = await db.Set<LibraryClause>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (clause is null || !TemplateService.MayRead(user, clause.OrganizationId))
        {
            return (null, CommandResult<T>.NotFound(t["Пункт библиотеки не найден."]));
        }

        return TemplateService.MayEdit(user, clause.OrganizationId)
            ? (clause, null)
            : (null, CommandResult<T>.Forbidden(t["Библиотеку пунктов ведут юристы организации."]));
    }

    private (string Text, string Covers) CheckVersion(string? text, IReadOnlyList<string>? covers, FieldErrors errors)
    {
        var body = text?.Trim() ?? "";
        if (body.Length == 0 || body.Length > MaxTextLength)
        {
            errors.Add("text", t.Format("Текст пункта — от 1 до {0} знаков.", MaxTextLength));
        }

        var items = new List<string>();
        for (var i = 0; i < (covers?.Count ?? 0); i++)
        {
            if (Enum.TryParse<StatutoryItem>(covers![i], ignoreCase: true, out var item) && Enum.IsDefined(item) && !int.TryParse(covers[i], out _))
            {
                items.Add(JsonNamingPolicyCamel(item.ToString()));
            }
            else
            {
                errors.Add($"covers[{i}]", t.Format("«{0}» — не пункт ст. 15 273-ФЗ: programKind, studentStatus, deliveryAndResources, issuedDocuments, termAndChanges.", covers[i]));
            }
        }

        return (body, string.Join(',', items.Distinct()));
    }

    private static string JsonNamingPolicyCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private async Task<LibraryClauseView> ViewAsync(LibraryClause clause, CancellationToken cancellationToken)
    {
        var versions = await db.Set<LibraryClauseVersion>().AsNoTracking().Where(v => v.ClauseId == clause.Id).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        var templates = await (
            from template in db.Set<DocumentTemplate>().AsNoTracking()
            join version in db.Set<DocumentTemplateVersion>().AsNoTracking() on template.Id equals version.TemplateId
            where template.OrganizationId == clause.OrganizationId && version.Content.Contains(clause.Key)
            select new { template.Id, template.Title, version.Version, version.Content }).ToListAsync(cancellationToken);
        var uses = new List<LibraryClauseUse>();
        foreach (var candidate in templates.OrderBy(x => x.Title).ThenBy(x => x.Version))
        {
            if (TemplateContentJson.Parse(candidate.Content).Content is not { } content)
            {
                continue;
            }

            uses.AddRange(content.AllClauses.Where(c => c.LibraryClauseKey == clause.Key)
                .Select(c => new LibraryClauseUse(candidate.Id, candidate.Title, candidate.Version, c.LibraryClauseVersion)));
        }

        return new LibraryClauseView(clause.Id, clause.OrganizationId, clause.Key, clause.Title, [.. versions.Select(ToView)], uses);
    }

    private static LibraryClauseVersionView ToView(LibraryClauseVersion v) => new(
        v.Version, v.Status == TemplateVersionStatus.Published ? "published" : "draft", v.Text,
        v.Covers.Split(',', StringSplitOptions.RemoveEmptyEntries), v.CreatedAtUtc, v.PublishedAtUtc);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
