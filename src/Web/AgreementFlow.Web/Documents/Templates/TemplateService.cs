using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Templates;

/// <summary>
/// The legal staff's templates: list, create, draft a new version from the latest, edit a draft, publish it
/// (never changed again), compare versions. Members of the template's organisation read; its legal staff
/// (and administrators) edit and publish.
/// </summary>
public sealed partial class TemplateService(
    AgreementFlowDbContext db,
    DocumentRenderer renderer,
    LibraryClauseResolver library,
    DefaultTemplateSeeder seeder,
    Texts t,
    TimeProvider clock)
{
    private const int MaxSampleDataLength = 256 * 1024;

    public static bool MayRead(CurrentUser user, Guid organizationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAdministrator || user.HasRole(organizationId);
    }

    public static bool MayEdit(CurrentUser user, Guid organizationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAdministrator || user.HasRole(organizationId, OrganizationRole.Legal);
    }

    /// <summary>The templates of <paramref name="organizationId"/>, or of every organisation the user belongs to.</summary>
    public async Task<CommandResult<IReadOnlyList<TemplateSummary>>> ListAsync(CurrentUser user, Guid? organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (organizationId is { } org && !MayRead(user, org))
        {
            return CommandResult<IReadOnlyList<TemplateSummary>>.Forbidden(t["Шаблоны организации видят только её сотрудники."]);
        }

        var organizations = organizationId is { } one ? [one] : user.OrganizationIds.ToList();
        foreach (var id in organizations)
        {
            await seeder.EnsureAsync(id, cancellationToken);
        }

        var templates = db.Set<DocumentTemplate>().AsNoTracking();
        if (organizationId is not null || !user.IsAdministrator)
        {
            templates = templates.Where(x => organizations.Contains(x.OrganizationId));
        }

        var rows = await templates
            .Select(x => new
            {
                x.Id,
                x.OrganizationId,
                x.Key,
                x.Title,
                Latest = db.Set<DocumentTemplateVersion>().Where(v => v.TemplateId == x.Id).OrderByDescending(v => v.Version)
                    .Select(v => new { v.Version, v.Status }).FirstOrDefault(),
                Published = db.Set<DocumentTemplateVersion>().Where(v => v.TemplateId == x.Id && v.Status == TemplateVersionStatus.Published)
                    .OrderByDescending(v => v.Version).Select(v => new { v.Version, v.PublishedAtUtc }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return CommandResult<IReadOnlyList<TemplateSummary>>.Success([.. rows
            .OrderBy(r => r.OrganizationId).ThenBy(r => r.Title, StringComparer.CurrentCulture)
            .Select(r => new TemplateSummary(r.Id, r.OrganizationId, r.Key, r.Title, r.Latest?.Version ?? 0, r.Latest?.Status ?? TemplateVersionStatus.Draft,
                r.Published?.Version, r.Published?.PublishedAtUtc))]);
    }

    /// <summary>A template with its history, newest first.</summary>
    public async Task<CommandResult<TemplateDetail>> FindAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var template = await db.Set<DocumentTemplate>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (template is null)
        {
            return CommandResult<TemplateDetail>.NotFound(t["Шаблон не найден."]);
        }

        if (!MayRead(user, template.OrganizationId))
        {
            return CommandResult<TemplateDetail>.Forbidden(t["Шаблоны организации видят только её сотрудники."]);
        }

        var versions = await db.Set<DocumentTemplateVersion>().AsNoTracking().Where(v => v.TemplateId == id)
            .OrderByDescending(v => v.Version)
            .Select(v => new
            {
                v.Version,
                v.Status,
                v.ChangeNote,
                v.CreatedAtUtc,
                v.PublishedAtUtc,
                PublishedBy = db.People.Where(p => p.Id == v.PublishedByPersonId).Select(p => p.FullName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return CommandResult<TemplateDetail>.Success(new TemplateDetail(template.Id, template.OrganizationId, template.Key, template.Title,
            [.. versions.Select(v => new TemplateVersionSummary(v.Version, v.Status, v.ChangeNote, v.CreatedAtUtc, v.PublishedAtUtc, v.PublishedBy))]));
    }

    /// <summary>One version with its content.</summary>
    public async Task<CommandResult<TemplateVersionView>> VersionAsync(CurrentUser user, Guid id, int version, CancellationToken cancellationToken)
    {
        var found = await FindVersionAsync(id, version, cancellationToken);
        if (found is null)
        {
            return CommandResult<TemplateVersionView>.NotFound(t["Такой версии шаблона нет."]);
        }

        return MayRead(user, found.Value.Template.OrganizationId)
            ? CommandResult<TemplateVersionView>.Success(View(found.Value.Template, found.Value.Version))
            : CommandResult<TemplateVersionView>.Forbidden(t["Шаблоны организации видят только её сотрудники."]);
    }

    /// <summary>A new template, as draft version 1.</summary>
    public async Task<CommandResult<TemplateVersionView>> CreateAsync(CurrentUser user, TemplateCreateInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        if (input.OrganizationId is not { } organizationId)
        {
            errors.Add("organizationId", t["Укажите организацию."]);
            organizationId = Guid.Empty;
        }
        else if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            errors.Add("organizationId", t["Такой организации нет."]);
        }
        else if (!MayEdit(user, organizationId))
        {
            return CommandResult<TemplateVersionView>.Forbidden(t["Шаблоны организации меняют её юристы."]);
        }

        var key = input.Key?.Trim() ?? "";
        if (!KeyPattern().IsMatch(key))
        {
            errors.Add("key", t["Ключ: латинские строчные буквы, цифры и «-», до 64 знаков (например, network-agreement)."]);
        }

        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add("title", t["Укажите название шаблона."]);
        }
        else if (title.Length > DocumentTemplate.TitleMaxLength)
        {
            errors.Add("title", t.Format("Не длиннее {0} символов (сейчас {1}).", DocumentTemplate.TitleMaxLength, title.Length));
        }

        var shipped = DefaultTemplates.All.FirstOrDefault(d => d.Key == key);
        var content = input.Content is null
            ? shipped?.Content ?? new TemplateContent([], [])
            : ParseContent(input.Content, errors);
        var sampleData = CheckSampleData(input.SampleData ?? shipped?.SampleData ?? [], errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<TemplateVersionView>.Invalid(errors);
        }

        if (await db.Set<DocumentTemplate>().AnyAsync(x => x.OrganizationId == organizationId && x.Key == key, cancellationToken))
        {
            errors.Add("key", t["У организации уже есть шаблон с таким ключом: создайте его новую версию."]);
            return CommandResult<TemplateVersionView>.Conflict(t["Шаблон с таким ключом уже есть."], errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var template = new DocumentTemplate { Id = NewId(), OrganizationId = organizationId, Key = key, Title = title, CreatedAtUtc = now };
        var version = new DocumentTemplateVersion
        {
            Id = NewId(),
            TemplateId = template.Id,
            Version = 1,
            Status = TemplateVersionStatus.Draft,
            Content = TemplateContentJson.Serialize(content!),
            SampleData = sampleData!,
            CreatedByPersonId = user.PersonId,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        db.AddRange(template, version);
        if (!await TrySaveAsync(cancellationToken))
        {
            return CommandResult<TemplateVersionView>.Conflict(t["Шаблон с таким ключом уже есть."]);
        }

        return CommandResult<TemplateVersionView>.Success(View(template, version));
    }

    /// <summary>A new draft version, a copy of the latest one; refused while a draft exists.</summary>
    public async Task<CommandResult<TemplateVersionView>> CreateDraftAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var template = await db.Set<DocumentTemplate>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (template is null)
        {
            return CommandResult<TemplateVersionView>.NotFound(t["Шаблон не найден."]);
        }

        if (!MayEdit(user, template.OrganizationId))
        {
            return CommandResult<TemplateVersionView>.Forbidden(t["Шаблоны организации меняют её юристы."]);
        }

        var latest = await db.Set<DocumentTemplateVersion>().AsNoTracking().Where(v => v.TemplateId == id)
            .OrderByDescending(v => v.Version).FirstAsync(cancellationToken);
        if (latest.Status == TemplateVersionStatus.Draft)
        {
            return CommandResult<TemplateVersionView>.Conflict(t.Format("Черновик уже есть: версия {0}. Правьте его или опубликуйте.", latest.Version));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new DocumentTemplateVersion
        {
            Id = NewId(),
            TemplateId = id,
            Version = latest.Version + 1,
            Status = TemplateVersionStatus.Draft,
            Content = latest.Content,
            SampleData = latest.SampleData,
            CreatedByPersonId = user.PersonId,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        db.Add(draft);
        return await TrySaveAsync(cancellationToken)
            ? CommandResult<TemplateVersionView>.Success(View(template, draft))
            : CommandResult<TemplateVersionView>.Conflict(t["Кто-то создал новую версию одновременно с вами. Обновите страницу."]);
    }

    /// <summary>Replaces a draft's content; a published version never changes (409).</summary>
    public async Task<CommandResult<TemplateVersionView>> UpdateDraftAsync(CurrentUser user, Guid id, int version, TemplateDraftInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await FindVersionAsync(id, version, cancellationToken, tracked: true);
        if (found is not var (template, row))
        {
            return CommandResult<TemplateVersionView>.NotFound(t["Такой версии шаблона нет."]);
        }

        if (!MayEdit(user, template.OrganizationId))
        {
            return CommandResult<TemplateVersionView>.Forbidden(t["Шаблоны организации меняют её юристы."]);
        }

        if (row.Status != TemplateVersionStatus.Draft)
        {
            return CommandResult<TemplateVersionView>.Conflict(t.Format("Версия {0} опубликована и больше не меняется: создайте новую версию.", row.Version));
        }

        var errors = new FieldErrors();
        if (input.Content is null)
        {
            errors.Add("content", t["Укажите содержание шаблона (fields и sections)."]);
        }

        var content = input.Content is null ? null : ParseContent(input.Content, errors);
        var sampleData = input.SampleData is null ? row.SampleData : CheckSampleData(input.SampleData, errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<TemplateVersionView>.Invalid(errors);
        }

        row.Content = TemplateContentJson.Serialize(content!);
        row.SampleData = sampleData!;
        row.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<TemplateVersionView>.Success(View(template, row));
    }

    /// <summary>
    /// Publishes a draft with a change note. Refused (422) while a clause has an error, or, for the network
    /// agreement, while a statutory item is not covered with the sample data (or data of the declared fields).
    /// </summary>
    public async Task<CommandResult<TemplateVersionView>> PublishAsync(CurrentUser user, Guid id, int version, TemplatePublishInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await FindVersionAsync(id, version, cancellationToken, tracked: true);
        if (found is not var (template, row))
        {
            return CommandResult<TemplateVersionView>.NotFound(t["Такой версии шаблона нет."]);
        }

        if (!MayEdit(user, template.OrganizationId))
        {
            return CommandResult<TemplateVersionView>.Forbidden(t["Шаблоны организации публикуют её юристы."]);
        }

        if (row.Status != TemplateVersionStatus.Draft)
        {
            return CommandResult<TemplateVersionView>.Conflict(t.Format("Версия {0} уже опубликована.", row.Version));
        }

        var note = input.ChangeNote?.Trim() ?? "";
        var errors = new FieldErrors();
        if (note.Length == 0)
        {
            errors.Add("changeNote", t["Напишите, что изменилось в этой версии."]);
        }
        else if (note.Length > DocumentTemplateVersion.ChangeNoteMaxLength)
        {
            errors.Add("changeNote", t.Format("Не длиннее {0} символов (сейчас {1}).", DocumentTemplateVersion.ChangeNoteMaxLength, note.Length));
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<TemplateVersionView>.Invalid(errors);
        }

        var content = await library.ResolveAsync(template.OrganizationId, TemplateContentJson.Parse(row.Content).Content!, cancellationToken);
        var data = JsonNode.Parse(row.SampleData) as JsonObject ?? [];
        if (data.Count == 0)
        {
            data = SampleDataFactory.FromFields(content.Fields);
        }

        var preview = renderer.Preview(content, data, new DocumentHeader(template.Title, null, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), null));
        foreach (var problem in preview.Errors)
        {
            errors.Add(problem.ClauseId is null ? "content" : $"clauses.{problem.ClauseId}", problem.ToString());
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<TemplateVersionView>.NotAllowed(t["В шаблоне есть ошибки: исправьте их и опубликуйте снова."], errors);
        }

        if (StatutoryTemplates.Applies(template.Key) && !preview.Statutory.IsComplete)
        {
            var language = Texts.IsEnglish ? "en" : "ru";
            foreach (var item in preview.Statutory.Missing)
            {
                errors.Add("statutory", StatutoryItems.Missing(item, language));
            }

            return CommandResult<TemplateVersionView>.NotAllowed(
                t.Format("Шаблон нельзя опубликовать: {0}.", preview.Statutory.DescribeMissing(language)), errors);
        }

        // Published only if it is still the draft that was checked above: a second publish, or an edit saved in the
        // meantime, makes this one a conflict instead of publishing text nobody checked.
        var now = clock.GetUtcNow().UtcDateTime;
        var checkedAt = row.UpdatedAtUtc;
        var published = await db.Set<DocumentTemplateVersion>()
            .Where(v => v.Id == row.Id && v.Status == TemplateVersionStatus.Draft && v.UpdatedAtUtc == checkedAt)
            .ExecuteUpdateAsync(u => u
                .SetProperty(v => v.Status, TemplateVersionStatus.Published)
                .SetProperty(v => v.ChangeNote, note)
                .SetProperty(v => v.PublishedByPersonId, user.PersonId)
                .SetProperty(v => v.PublishedAtUtc, now)
                .SetProperty(v => v.UpdatedAtUtc, now), cancellationToken);
        if (published == 0)
        {
            return CommandResult<TemplateVersionView>.Conflict(t.Format("Версия {0} изменилась или уже опубликована: обновите страницу.", row.Version));
        }

        (row.Status, row.ChangeNote, row.PublishedByPersonId, row.PublishedAtUtc, row.UpdatedAtUtc) =
            (TemplateVersionStatus.Published, note, user.PersonId, now, now);
        return CommandResult<TemplateVersionView>.Success(View(template, row));
    }

    /// <summary>Two versions compared clause by clause on their source text.</summary>
    public async Task<CommandResult<TemplateComparison>> CompareAsync(CurrentUser user, Guid id, int from, int to, CancellationToken cancellationToken)
    {
        var older = await FindVersionAsync(id, from, cancellationToken);
        var newer = await FindVersionAsync(id, to, cancellationToken);
        if (older is null || newer is null)
        {
            return CommandResult<TemplateComparison>.NotFound(t["Такой версии шаблона нет."]);
        }

        if (!MayRead(user, older.Value.Template.OrganizationId))
        {
            return CommandResult<TemplateComparison>.Forbidden(t["Шаблоны организации видят только её сотрудники."]);
        }

        return CommandResult<TemplateComparison>.Success(DocumentComparer.CompareTemplates(
            TemplateContentJson.Parse(older.Value.Version.Content).Content!,
            TemplateContentJson.Parse(newer.Value.Version.Content).Content!));
    }

    /// <summary>The latest published version of an organisation's template <paramref name="key"/>, seeding the shipped ones first.</summary>
    public async Task<DocumentTemplateVersion?> LatestPublishedAsync(Guid organizationId, string key, CancellationToken cancellationToken)
    {
        await seeder.EnsureAsync(organizationId, cancellationToken);
        return await (
            from template in db.Set<DocumentTemplate>().AsNoTracking()
            join version in db.Set<DocumentTemplateVersion>().AsNoTracking() on template.Id equals version.TemplateId
            where template.OrganizationId == organizationId && template.Key == key && version.Status == TemplateVersionStatus.Published
            orderby version.Version descending
            select version).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<(DocumentTemplate Template, DocumentTemplateVersion Version)?> FindVersionAsync(
        Guid id, int version, CancellationToken cancellationToken, bool tracked = false)
    {
        var template = await db.Set<DocumentTemplate>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (template is null)
        {
            return null;
        }

        var versions = tracked ? db.Set<DocumentTemplateVersion>() : db.Set<DocumentTemplateVersion>().AsNoTracking();
        var row = await versions.SingleOrDefaultAsync(v => v.TemplateId == id && v.Version == version, cancellationToken);
        return row is null ? null : (template, row);
    }

    private static TemplateContent? ParseContent(JsonObject json, FieldErrors errors)
    {
        var parsed = TemplateContentJson.Parse(json.ToJsonString());
        foreach (var error in parsed.Errors)
        {
            // "$.sections[0].clauses[1].id: message" → field "content.sections[0].clauses[1].id".
            var colon = error.IndexOf(": ", StringComparison.Ordinal);
            var path = colon > 0 ? error[..colon] : "$";
            var message = colon > 0 ? error[(colon + 2)..] : error;
            errors.Add("content" + (path.StartsWith('$') ? path[1..] : "." + path), message);
        }

        return parsed.Content;
    }

    private string? CheckSampleData(JsonObject data, FieldErrors errors)
    {
        var json = data.ToJsonString();
        if (json.Length > MaxSampleDataLength)
        {
            errors.Add("sampleData", t.Format("Пример данных слишком велик (больше {0} КБ).", MaxSampleDataLength / 1024));
            return null;
        }

        return json;
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow());

    private static TemplateVersionView View(DocumentTemplate template, DocumentTemplateVersion version) => new(
        version.Id,
        template.Id,
        template.OrganizationId,
        template.Key,
        template.Title,
        version.Version,
        version.Status,
        JsonNode.Parse(version.Content)!,
        JsonNode.Parse(version.SampleData) ?? new JsonObject(),
        version.ChangeNote,
        version.CreatedAtUtc,
        version.PublishedAtUtc);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
