using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Documents.Rendering;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Negotiation;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>
/// The review page of an agreement's text, for the base's staff and the partners (also through a partner's link, on a phone):
/// the current version with an anchor per clause, each clause's comment threads and proposals inline, the forms to comment and
/// propose, legal's accept/reject, the rounds with their redlines, and the person's open task on the agreement as the one next step.
/// </summary>
[PartnerAccessible]
public sealed class ReviewModel(
    AgreementFlowDbContext db,
    NegotiationAccess access,
    NegotiationService negotiation,
    NegotiationRounds rounds,
    AgreementQueries agreements,
    AgreementDocuments documents,
    WorkflowDefinitionRegistry definitions,
    WorkflowRuntime runtime,
    CurrentUser me,
    Texts t) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public Agreement Agreement { get; private set; } = null!;

    public string StageTitle { get; private set; } = "";

    /// <summary>The reader's zone: their organisation's among the parties (the base's for anyone else); every time on the page reads in it.</summary>
    public string ReaderZone { get; private set; } = "";

    public int? Version { get; private set; }

    public string? DocxSha256 { get; private set; }

    public RenderedDocument? Document { get; private set; }

    public IReadOnlyList<CommentThread> Threads { get; private set; } = [];

    public IReadOnlyList<ProposalView> Proposals { get; private set; } = [];

    public IReadOnlyList<NegotiationRoundView> Rounds { get; private set; } = [];

    /// <summary>Each round's redline against the round before, shown inline (a partner's link reaches no other page).</summary>
    public IReadOnlyDictionary<int, DocumentComparison> RoundRedlines { get; private set; } = new Dictionary<int, DocumentComparison>();

    public IReadOnlyList<ContentApprovalView> Approvals { get; private set; } = [];

    /// <summary>The changes of the current version against the one before it.</summary>
    public DocumentComparison? LatestChanges { get; private set; }

    /// <summary>The person's open task on this agreement: the one next step.</summary>
    public TaskView? MyTask { get; private set; }

    /// <summary>Why the person has the task again (their approval was voided by a change of text), and the redline of that change.</summary>
    public (string Reason, string? Redline)? Reissued { get; private set; }

    public bool CanComment { get; private set; }

    public bool CanPropose { get; private set; }

    public bool CanDecide { get; private set; }

    public bool CanAnswer { get; private set; }

    /// <summary>Which form the errors belong to, e.g. <c>propose:documents</c>, to show them beside it.</summary>
    public string? FailedForm { get; private set; }

    /// <summary>What was typed into the form that failed, to give it back.</summary>
    public string? TypedText { get; private set; }

    public string? TypedNote { get; private set; }

    public static string Anchor(string clauseId) => "clause-" + clauseId;

    /// <summary>A clause as the document shows it (the writer encodes every text).</summary>
    public static string ClauseHtml(RenderedClause clause) =>
        HtmlDocumentWriter.WriteFragment(new RenderedDocument(new DocumentHeader(string.Empty, null, null, null), [new RenderedSection(string.Empty, string.Empty, [clause])]));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCommentAsync(string? clauseId, string? text, CancellationToken cancellationToken) =>
        await DoneAsync(await negotiation.CommentAsync(me, Id, new CommentRequest(clauseId, text), cancellationToken), $"comment:{clauseId}", text, null,
            thread => t["Комментарий добавлен."], thread => thread.ClauseId, cancellationToken);

    public async Task<IActionResult> OnPostReplyAsync(Guid commentId, string? text, CancellationToken cancellationToken) =>
        await DoneAsync(await negotiation.ReplyAsync(me, commentId, new CommentRequest(null, text), cancellationToken), $"reply:{commentId}", text, null,
            thread => t["Ответ добавлен."], thread => thread.ClauseId, cancellationToken);

    public async Task<IActionResult> OnPostResolveAsync(Guid commentId, bool resolved, CancellationToken cancellationToken) =>
        await DoneAsync(await negotiation.ResolveAsync(me, commentId, resolved, cancellationToken), $"reply:{commentId}", null, null,
            thread => thread.Resolved ? t["Обсуждение закрыто."] : t["Обсуждение снова открыто."], thread => thread.ClauseId, cancellationToken);

    public async Task<IActionResult> OnPostProposeAsync(string? clauseId, string? text, string? note, CancellationToken cancellationToken) =>
        await DoneAsync(await negotiation.ProposeAsync(me, Id, new ProposalRequest(clauseId, text, note), cancellationToken), $"propose:{clauseId}", text, note,
            proposal => t["Предложение отправлено юристам базовой организации."], proposal => proposal.ClauseId, cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync(Guid proposalId, string? reason, CancellationToken cancellationToken) =>
        await DoneAsync(await negotiation.AcceptAsync(me, proposalId, new DecisionRequest(reason), cancellationToken), $"decide:{proposalId}", reason, null,
            decision => decision.ReissuedTasks > 0
                ? t.Format("Предложение принято: версия {0}. Согласования прежнего текста аннулированы, задачи выданы снова: {1}.", decision.NewDocumentVersion, decision.ReissuedTasks)
                : t.Format("Предложение принято: версия {0}.", decision.NewDocumentVersion),
            decision => decision.Proposal.ClauseId, cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(Guid proposalId, string? reason, CancellationToken cancellationToken) =>
        await DoneAsync(await negotiation.RejectAsync(me, proposalId, new DecisionRequest(reason), cancellationToken), $"decide:{proposalId}", reason, null,
            decision => t["Предложение отклонено; текст не изменился."], decision => decision.Proposal.ClauseId, cancellationToken);

    /// <summary>The person's answer to their open task, from the next-step card (a partner's link needs the Answer action).</summary>
    public async Task<IActionResult> OnPostAnswerAsync(Guid taskId, string? outcome, string? comment, string? answerKey, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanAnswer)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (MyTask is null || MyTask.Id != taskId)
        {
            FailedForm = "answer";
            return ShowFailure(CommandResult<Unit>.Conflict(t["Эта задача уже решена или договор перешёл на другой этап. Ваше решение не записано."]))!;
        }

        var chosen = MyTask.Outcomes.FirstOrDefault(o => o.Id == outcome);
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        var errors = new FieldErrors();
        if (chosen is null)
        {
            errors.Add("outcome", t["Выберите решение — нажмите одну из кнопок."]);
        }
        else if (chosen.RequiresComment && text is null)
        {
            errors.Add("comment", t.Format("Для решения «{0}» напишите комментарий: что исправить или почему.", chosen.Title));
        }
        else if (text is { Length: > 4000 })
        {
            errors.Add("comment", t.Format("Не длиннее {0} символов (сейчас {1}).", 4000, text.Length));
        }

        if (!errors.IsEmpty)
        {
            FailedForm = "answer";
            TypedText = comment;
            return ShowFailure(CommandResult<Unit>.Invalid(errors))!;
        }

        var key = string.IsNullOrWhiteSpace(answerKey) || answerKey.Length > 64 ? null : "review-page:" + answerKey;
        var result = await runtime.CompleteTaskAsync(new CompleteTask(taskId, me.PersonId, chosen!.Id, text, IdempotencyKey: key), cancellationToken);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            if (result.Status == StepStatus.Forbidden)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }

            await LoadAsync(cancellationToken);
            FailedForm = "answer";
            TypedText = comment;
            if (result.Status == StepStatus.Conflict)
            {
                return ShowFailure(CommandResult<Unit>.Conflict(t["Пока страница была открыта, задачу уже решили или договор перешёл на другой этап. Ваше решение не записано."]))!;
            }

            // The runtime's own words are for the API and the log; the page says it in the reader's language.
            var failure = new FieldErrors();
            failure.Add(result.Field == "comment" ? "comment" : "outcome", result.Field switch
            {
                "comment" => t["Для этого решения нужен комментарий (не длиннее 4000 символов)."],
                // A guard's refusal (a statutory clause missing, a signature not recorded) says itself what to fix.
                _ when result.Reasons is { Count: > 0 } => result.Message ?? string.Join("; ", result.Reasons),
                _ => t["Такое решение сейчас принять нельзя. Обновите страницу."],
            });
            return ShowFailure(CommandResult<Unit>.Invalid(failure))!;
        }

        TempData["Notice"] = t.Format("Решение принято: «{0}».", chosen.Title);
        return Redirect($"/agreements/{Id}/review#main");
    }

    private async Task<IActionResult> DoneAsync<T>(
        CommandResult<T> result, string form, string? text, string? note, Func<T, string> notice, Func<T, string> clauseOf, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            TempData["Notice"] = notice(result.Value!);
            return Redirect($"/agreements/{Id}/review#{Anchor(clauseOf(result.Value!))}");
        }

        if (result.Outcome == CommandOutcome.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        FailedForm = form;
        TypedText = text;
        TypedNote = note;
        return ShowFailure(result)!;
    }

    /// <summary>Reads everything the page shows; 404 for no such agreement, 403 for someone who is not a party (or a link of another agreement).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await db.Agreements.AsNoTracking().Include(a => a.Parties).SingleOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        if (!NegotiationAccess.MayView(me, found))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agreement = found;
        ReaderZone = await access.ReaderZoneAsync(me, found, cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == found.WorkflowInstanceId, cancellationToken);
        var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
        var language = Texts.IsEnglish ? "en" : "ru";
        StageTitle = definition?.FindStage(instance.Stage)?.Title.In(language) ?? instance.Stage;

        var latest = await negotiation.LatestAsync(Id, cancellationToken);
        Version = latest?.Version;
        DocxSha256 = latest?.DocxSha256;
        Document = latest is null ? null : RenderedDocumentJson.Deserialize(latest.Rendered);
        Threads = (await negotiation.ThreadsAsync(me, Id, cancellationToken)).Value ?? [];
        Proposals = (await negotiation.ProposalsAsync(me, Id, cancellationToken)).Value ?? [];
        Rounds = await rounds.OfAsync(Id, cancellationToken);
        var redlines = new Dictionary<int, DocumentComparison>();
        foreach (var round in Rounds)
        {
            if (round is { ComparedWithVersion: { } from, DocumentVersion: { } to }
                && await documents.CompareAsync(me, Id, from, to, cancellationToken) is { } comparison)
            {
                redlines[round.Number] = comparison.Comparison;
            }
        }

        RoundRedlines = redlines;
        Approvals = await rounds.ApprovalsAsync(Id, cancellationToken);
        LatestChanges = latest is { Version: > 1 } ? (await documents.CompareAsync(me, Id, latest.Version - 1, latest.Version, cancellationToken))?.Comparison : null;

        var mine = await db.TaskAssignments.AsNoTracking()
            .Where(a => a.InstanceId == instance.Id && a.AssigneePersonId == me.PersonId && a.Status == AssignmentStatus.Open)
            .Select(a => a.Id).ToListAsync(cancellationToken);
        MyTask = mine.Count == 0 ? null : (await agreements.TasksOfAsync(instance.Id, definition, cancellationToken)).FirstOrDefault(x => mine.Contains(x.Id));
        Reissued = MyTask is null ? null : await ReissueReasonAsync(instance.Id, MyTask.Id, cancellationToken);

        CanComment = latest is not null && NegotiationStages.AllowsComments(found.Stage) && NegotiationAccess.ActingParty(me, found, PartnerAction.Comment) is not null;
        CanPropose = latest is not null && NegotiationStages.AllowsProposals(found.Stage) && NegotiationAccess.ActingParty(me, found, PartnerAction.Propose) is not null;
        CanDecide = NegotiationStages.AllowsProposals(found.Stage) && NegotiationAccess.IsBaseLegal(me, found);
        CanAnswer = me.MayActOn(Id, PartnerAction.Answer);
        return null;
    }

    private async Task<(string Reason, string? Redline)?> ReissueReasonAsync(Guid instanceId, Guid assignmentId, CancellationToken cancellationToken)
    {
        var entries = await db.JournalEntries.AsNoTracking()
            .Where(j => j.InstanceId == instanceId && j.Kind == JournalEntryKind.TaskReissued)
            .OrderByDescending(j => j.Sequence)
            .Select(j => new { j.Comment, j.Details })
            .ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            if (entry.Details is not null && JsonNode.Parse(entry.Details) is JsonObject details
                && details["assignmentId"]?.GetValue<string>() == assignmentId.ToString())
            {
                return (entry.Comment ?? "", details["redline"]?.GetValue<string>());
            }
        }

        return null;
    }
}
