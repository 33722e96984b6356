using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Negotiation;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Documents.Rendering;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Negotiation;

/// <summary>
/// Comments per clause (threads, resolve, reopen) and proposals of new clause text (accepted into a new document version, or
/// rejected), for the API and the review page. Every command checks the agreement, the user's party and the session's scope,
/// validates every field, and changes nothing when it refuses.
/// </summary>
public sealed partial class NegotiationService(
    AgreementFlowDbContext db,
    NegotiationAccess access,
    AgreementDocumentRenderer documentRenderer,
    DocumentRenderer renderer,
    WorkflowRuntime runtime,
    TimeProvider clock,
    Texts t)
{
    /// <summary>Every thread of the agreement, clause by clause in creation order; null when the agreement does not exist.</summary>
    public async Task<CommandResult<IReadOnlyList<CommentThread>>> ThreadsAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var agreement = await access.FindAsync(agreementId, cancellationToken);
        if (agreement is null)
        {
            return CommandResult<IReadOnlyList<CommentThread>>.NotFound(t["Договор не найден."]);
        }

        if (!NegotiationAccess.MayView(user, agreement))
        {
            return CommandResult<IReadOnlyList<CommentThread>>.Forbidden(t["Обсуждение договора видят только стороны договора."]);
        }

        return CommandResult<IReadOnlyList<CommentThread>>.Success(await ThreadsOfAsync(agreementId, cancellationToken));
    }

    /// <summary>Starts a thread on a clause of the agreement's current document.</summary>
    public async Task<CommandResult<CommentThread>> CommentAsync(CurrentUser user, Guid agreementId, CommentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var agreement = await access.FindAsync(agreementId, cancellationToken);
        if (agreement is null)
        {
            return CommandResult<CommentThread>.NotFound(t["Договор не найден."]);
        }

        if (NegotiationAccess.ActingParty(user, agreement, PartnerAction.Comment) is not { } party)
        {
            return CommandResult<CommentThread>.Forbidden(t["Комментировать могут только сотрудники сторон договора (по ссылке партнёра — если она это разрешает)."]);
        }

        var errors = new FieldErrors();
        var text = CheckText(request.Text, ClauseComment.TextMaxLength, "text", errors);
        var latest = await LatestAsync(agreementId, cancellationToken);
        var clauseId = CheckClause(request.ClauseId, latest, errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<CommentThread>.Invalid(errors);
        }

        if (!NegotiationStages.AllowsComments(agreement.Stage) || latest is null)
        {
            return CommandResult<CommentThread>.NotAllowed(t.Format("На этапе «{0}» комментировать текст нельзя.", agreement.Stage));
        }

        var comment = new ClauseComment
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            AgreementId = agreementId,
            ClauseId = clauseId!,
            AuthorPersonId = user.PersonId,
            OrganizationId = party,
            Text = text!,
            DocumentVersion = latest.Version,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<CommentThread>.Success((await ThreadsOfAsync(agreementId, cancellationToken)).Single(x => x.Id == comment.Id));
    }

    /// <summary>Replies to a thread (a reply to a reply joins the same thread).</summary>
    public async Task<CommandResult<CommentThread>> ReplyAsync(CurrentUser user, Guid commentId, CommentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var parent = await db.Set<ClauseComment>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        var agreement = parent is null ? null : await access.FindAsync(parent.AgreementId, cancellationToken);
        if (parent is null || agreement is null)
        {
            return CommandResult<CommentThread>.NotFound(t["Комментарий не найден."]);
        }

        if (NegotiationAccess.ActingParty(user, agreement, PartnerAction.Comment) is not { } party)
        {
            return CommandResult<CommentThread>.Forbidden(t["Комментировать могут только сотрудники сторон договора (по ссылке партнёра — если она это разрешает)."]);
        }

        var errors = new FieldErrors();
        var text = CheckText(request.Text, ClauseComment.TextMaxLength, "text", errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<CommentThread>.Invalid(errors);
        }

        var latest = await LatestAsync(agreement.Id, cancellationToken);
        if (!NegotiationStages.AllowsComments(agreement.Stage) || latest is null)
        {
            return CommandResult<CommentThread>.NotAllowed(t.Format("На этапе «{0}» комментировать текст нельзя.", agreement.Stage));
        }

        var threadId = parent.ParentId ?? parent.Id;
        db.Add(new ClauseComment
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            AgreementId = agreement.Id,
            ClauseId = parent.ClauseId,
            ParentId = threadId,
            AuthorPersonId = user.PersonId,
            OrganizationId = party,
            Text = text!,
            DocumentVersion = latest.Version,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<CommentThread>.Success((await ThreadsOfAsync(agreement.Id, cancellationToken)).Single(x => x.Id == threadId));
    }

    /// <summary>Marks a thread resolved, or reopens it; anyone who may comment on the agreement may.</summary>
    public async Task<CommandResult<CommentThread>> ResolveAsync(CurrentUser user, Guid commentId, bool resolved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var comment = await db.Set<ClauseComment>().SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        var agreement = comment is null ? null : await access.FindAsync(comment.AgreementId, cancellationToken);
        if (comment is null || agreement is null)
        {
            return CommandResult<CommentThread>.NotFound(t["Комментарий не найден."]);
        }

        if (NegotiationAccess.ActingParty(user, agreement, PartnerAction.Comment) is null)
        {
            return CommandResult<CommentThread>.Forbidden(t["Закрывать обсуждения могут только сотрудники сторон договора."]);
        }

        var thread = comment.ParentId is { } parentId ? await db.Set<ClauseComment>().SingleAsync(c => c.Id == parentId, cancellationToken) : comment;
        if ((thread.ResolvedAtUtc is not null) != resolved)
        {
            thread.ResolvedAtUtc = resolved ? clock.GetUtcNow().UtcDateTime : null;
            thread.ResolvedByPersonId = resolved ? user.PersonId : null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return CommandResult<CommentThread>.Success((await ThreadsOfAsync(agreement.Id, cancellationToken)).Single(x => x.Id == thread.Id));
    }

    /// <summary>The agreement's latest document version (the text being negotiated), or null before the first one is rendered.</summary>
    public Task<AgreementDocument?> LatestAsync(Guid agreementId, CancellationToken cancellationToken) =>
        db.Set<AgreementDocument>().AsNoTracking().Where(d => d.AgreementId == agreementId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<CommentThread>> ThreadsOfAsync(Guid agreementId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ClauseComment>().AsNoTracking().Where(c => c.AgreementId == agreementId).ToListAsync(cancellationToken);
        var people = await NamesAsync(rows.Select(r => r.AuthorPersonId).Concat(rows.Select(r => r.ResolvedByPersonId ?? Guid.Empty)), cancellationToken);
        var organizations = await OrganizationNamesAsync(rows.Select(r => r.OrganizationId), cancellationToken);
        CommentView View(ClauseComment c) => new(c.Id, c.ParentId, c.ClauseId, c.AuthorPersonId, people.GetValueOrDefault(c.AuthorPersonId, "?"),
            organizations.GetValueOrDefault(c.OrganizationId, "?"), c.Text, c.DocumentVersion, c.CreatedAtUtc);
        return [.. rows.Where(r => r.ParentId is null).OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).Select(first => new CommentThread(
            first.Id,
            first.ClauseId,
            View(first),
            [.. rows.Where(r => r.ParentId == first.Id).OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).Select(View)],
            first.ResolvedAtUtc is not null,
            first.ResolvedAtUtc,
            first.ResolvedByPersonId is { } by ? people.GetValueOrDefault(by) : null))];
    }

    private string? CheckText(string? value, int maxLength, string field, FieldErrors errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(field, t["Напишите текст."]);
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(field, t.Format("Не длиннее {0} символов (сейчас {1}).", maxLength, text.Length));
            return null;
        }

        return text;
    }

    /// <summary>The clause must be one of the current document's clauses (what the anchors name).</summary>
    private string? CheckClause(string? value, AgreementDocument? latest, FieldErrors errors)
    {
        var clauseId = value?.Trim();
        if (string.IsNullOrEmpty(clauseId))
        {
            errors.Add("clauseId", t["Укажите пункт договора."]);
            return null;
        }

        if (latest is null)
        {
            errors.Add("clauseId", t["У договора ещё нет текста: пункты появятся после направления на юридическую проверку."]);
            return null;
        }

        if (!ClauseIdsOf(latest).Contains(clauseId))
        {
            errors.Add("clauseId", t.Format("В тексте договора (версия {0}) нет пункта «{1}».", latest.Version, clauseId));
            return null;
        }

        return clauseId;
    }

    private static HashSet<string> ClauseIdsOf(AgreementDocument document) =>
        RenderedDocumentJson.Deserialize(document.Rendered).Sections.SelectMany(s => s.Clauses).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Where(i => i != Guid.Empty).Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => list.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
    }

    private async Task<Dictionary<Guid, string>> OrganizationNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return await db.Organizations.AsNoTracking().Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
    }
}
