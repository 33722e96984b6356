using System.Text.Json.Nodes;
using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Negotiation;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Negotiation;

public sealed partial class NegotiationService
{
    /// <summary>The reason a version made by accepting a proposal carries.</summary>
    public const string AcceptedVersionReason = "после изменений партнёра";

    /// <summary>Every proposal on the agreement, oldest first.</summary>
    public async Task<CommandResult<IReadOnlyList<ProposalView>>> ProposalsAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var agreement = await access.FindAsync(agreementId, cancellationToken);
        if (agreement is null)
        {
            return CommandResult<IReadOnlyList<ProposalView>>.NotFound(t["Договор не найден."]);
        }

        if (!NegotiationAccess.MayView(user, agreement))
        {
            return CommandResult<IReadOnlyList<ProposalView>>.Forbidden(t["Обсуждение договора видят только стороны договора."]);
        }

        return CommandResult<IReadOnlyList<ProposalView>>.Success(await ProposalsOfAsync(agreementId, null, cancellationToken));
    }

    /// <summary>
    /// Proposes a new text for a clause. The text is Handlebars with the Markdown subset, like a template clause: it is checked with
    /// the document renderer against the agreement's data, and errors come back with line and column on <c>text</c>.
    /// </summary>
    public async Task<CommandResult<ProposalView>> ProposeAsync(CurrentUser user, Guid agreementId, ProposalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var agreement = await access.FindAsync(agreementId, cancellationToken);
        if (agreement is null)
        {
            return CommandResult<ProposalView>.NotFound(t["Договор не найден."]);
        }

        if (NegotiationAccess.ActingParty(user, agreement, PartnerAction.Propose) is not { } party)
        {
            return CommandResult<ProposalView>.Forbidden(t["Предлагать изменения могут только сотрудники сторон договора (по ссылке партнёра — если она это разрешает)."]);
        }

        var errors = new FieldErrors();
        var text = CheckText(request.Text, ClauseProposal.TextMaxLength, "text", errors);
        var note = request.Note?.Trim();
        if (note is { Length: > ClauseProposal.NoteMaxLength })
        {
            errors.Add("note", t.Format("Не длиннее {0} символов (сейчас {1}).", ClauseProposal.NoteMaxLength, note.Length));
        }

        var latest = await LatestAsync(agreementId, cancellationToken);
        var clauseId = CheckClause(request.ClauseId, latest, errors);
        if (text is not null && clauseId is not null && latest is not null)
        {
            foreach (var problem in CheckClauseText(clauseId, text, latest))
            {
                errors.Add("text", problem);
            }
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<ProposalView>.Invalid(errors);
        }

        if (!NegotiationStages.AllowsProposals(agreement.Stage))
        {
            return CommandResult<ProposalView>.NotAllowed(t["Изменения текста предлагают на юридической проверке, в переговорах с партнёрами и на согласовании директорами; сейчас текст окончательный."]);
        }

        var proposal = new ClauseProposal
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            AgreementId = agreementId,
            ClauseId = clauseId!,
            ProposedText = text!,
            Note = string.IsNullOrEmpty(note) ? null : note,
            ProposerPersonId = user.PersonId,
            OrganizationId = party,
            DocumentVersion = latest!.Version,
            Status = ProposalStatus.Pending,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<ProposalView>.Success((await ProposalsOfAsync(agreementId, proposal.Id, cancellationToken)).Single());
    }

    /// <summary>
    /// Accepts a proposal (the base organisation's legal staff): the clause gets the proposed text, a new document version is
    /// rendered, approvals given to older versions are voided and — while their task is open — given to their people again.
    /// All of it is one step of the agreement's route, in one transaction.
    /// </summary>
    public async Task<CommandResult<ProposalDecision>> AcceptAsync(CurrentUser user, Guid proposalId, DecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var proposal = await db.Set<ClauseProposal>().SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        var found = proposal is null ? null : await access.FindAsync(proposal.AgreementId, cancellationToken);
        if (proposal is null || found is null)
        {
            return CommandResult<ProposalDecision>.NotFound(t["Предложение не найдено."]);
        }

        if (!NegotiationAccess.IsBaseLegal(user, found))
        {
            return CommandResult<ProposalDecision>.Forbidden(t["Принимать и отклонять предложения могут юристы базовой организации."]);
        }

        var reason = request.Reason?.Trim();
        if (reason is { Length: > ClauseProposal.NoteMaxLength })
        {
            var errors = new FieldErrors();
            errors.Add("reason", t.Format("Не длиннее {0} символов (сейчас {1}).", ClauseProposal.NoteMaxLength, reason.Length));
            return CommandResult<ProposalDecision>.Invalid(errors);
        }

        if (proposal.Status != ProposalStatus.Pending)
        {
            return CommandResult<ProposalDecision>.Conflict(t["По этому предложению уже принято решение."]);
        }

        if (!NegotiationStages.AllowsProposals(found.Stage))
        {
            return CommandResult<ProposalDecision>.NotAllowed(t["Принять изменение можно только на юридической проверке, в переговорах и на согласовании: сейчас текст окончательный."]);
        }

        var agreement = await db.Agreements.Include(a => a.Parties).Include(a => a.Programs).AsSingleQuery().SingleAsync(a => a.Id == found.Id, cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == agreement.WorkflowInstanceId, cancellationToken);
        var previous = await LatestAsync(agreement.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Set<ClauseOverride>().SingleOrDefaultAsync(o => o.AgreementId == agreement.Id && o.ClauseId == proposal.ClauseId, cancellationToken);
        if (existing is null)
        {
            db.Add(new ClauseOverride { AgreementId = agreement.Id, ClauseId = proposal.ClauseId, Text = proposal.ProposedText, ProposalId = proposal.Id, UpdatedAtUtc = now });
        }
        else
        {
            existing.Text = proposal.ProposedText;
            existing.ProposalId = proposal.Id;
            existing.UpdatedAtUtc = now;
        }

        AgreementDocument document;
        try
        {
            document = await documentRenderer.RenderAsync(agreement, AcceptedVersionReason, user.PersonId, JsonNode.Parse(instance.Data) as JsonObject, cancellationToken);
        }
        catch (TemplateRenderException e)
        {
            db.ChangeTracker.Clear();
            var errors = new FieldErrors();
            foreach (var problem in e.Problems)
            {
                errors.Add("text", problem.ToString());
            }

            return CommandResult<ProposalDecision>.NotAllowed(t["С этим текстом договор не собирается; предложение не принято."], errors);
        }

        proposal.Status = ProposalStatus.Accepted;
        proposal.DecidedByPersonId = user.PersonId;
        proposal.DecidedAtUtc = now;
        proposal.DecisionReason = string.IsNullOrEmpty(reason) ? null : reason;
        proposal.ResultDocumentVersion = document.Version;

        // Approvals given to older text no longer hold.
        var voided = await db.Set<ContentApproval>()
            .Where(a => a.AgreementId == agreement.Id && a.VoidedAtUtc == null && a.DocumentVersion < document.Version)
            .ToListAsync(cancellationToken);
        foreach (var approval in voided)
        {
            approval.VoidedAtUtc = now;
            approval.VoidedByVersion = document.Version;
        }

        var from = previous?.Version ?? document.Version - 1;
        var ids = voided.Select(v => v.AssignmentId).ToList();
        StepResult step;
        try
        {
            step = await runtime.ReissueAsync(new ReissueAssignments(
                instance.Id,
                ids,
                $"согласование аннулировано: изменён текст (версия {from} → {document.Version})",
                user.PersonId,
                new JsonObject
                {
                    ["agreementId"] = agreement.Id.ToString(),
                    ["fromVersion"] = from,
                    ["toVersion"] = document.Version,
                    ["clauseId"] = proposal.ClauseId,
                    ["redline"] = RedlineUrl(agreement.Id, from, document.Version),
                }), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another decision took the same version number at the same moment.
            step = StepResult.Refuse(StepStatus.Conflict, "concurrent decision");
        }

        if (!step.Succeeded)
        {
            db.ChangeTracker.Clear();
            return CommandResult<ProposalDecision>.Conflict(t["Пока вы решали, договор изменился. Обновите страницу и попробуйте снова."]);
        }

        var reissued = await db.TaskAssignments.AsNoTracking().CountAsync(a => ids.Contains(a.Id) && a.Status == AssignmentStatus.Open, cancellationToken);
        var view = (await ProposalsOfAsync(agreement.Id, proposal.Id, cancellationToken)).Single();
        return CommandResult<ProposalDecision>.Success(new ProposalDecision(view, document.Version, voided.Count, reissued));
    }

    /// <summary>Rejects a proposal with a reason (the base organisation's legal staff); the document does not change.</summary>
    public async Task<CommandResult<ProposalDecision>> RejectAsync(CurrentUser user, Guid proposalId, DecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var proposal = await db.Set<ClauseProposal>().SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        var agreement = proposal is null ? null : await access.FindAsync(proposal.AgreementId, cancellationToken);
        if (proposal is null || agreement is null)
        {
            return CommandResult<ProposalDecision>.NotFound(t["Предложение не найдено."]);
        }

        if (!NegotiationAccess.IsBaseLegal(user, agreement))
        {
            return CommandResult<ProposalDecision>.Forbidden(t["Принимать и отклонять предложения могут юристы базовой организации."]);
        }

        var errors = new FieldErrors();
        var reason = CheckText(request.Reason, ClauseProposal.NoteMaxLength, "reason", errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<ProposalDecision>.Invalid(errors);
        }

        if (proposal.Status != ProposalStatus.Pending)
        {
            return CommandResult<ProposalDecision>.Conflict(t["По этому предложению уже принято решение."]);
        }

        proposal.Status = ProposalStatus.Rejected;
        proposal.DecidedByPersonId = user.PersonId;
        proposal.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        proposal.DecisionReason = reason;
        await db.SaveChangesAsync(cancellationToken);
        var view = (await ProposalsOfAsync(agreement.Id, proposal.Id, cancellationToken)).Single();
        return CommandResult<ProposalDecision>.Success(new ProposalDecision(view, null, 0, 0));
    }

    /// <summary>The page that shows the redline between two versions.</summary>
    public static string RedlineUrl(Guid agreementId, int from, int to) => $"/agreements/{agreementId}/documents/compare?from={from}&to={to}";

    /// <summary>Checks a proposed clause text as the template editor would: syntax errors with line and column, and not empty.</summary>
    private List<string> CheckClauseText(string clauseId, string text, AgreementDocument latest)
    {
        var data = JsonNode.Parse(latest.DataSnapshot) as JsonObject ?? [];
        var content = new TemplateContent([], [new TemplateSection(string.Empty, [new TemplateClause(clauseId, text)])]);
        var preview = renderer.Preview(content, data, new DocumentHeader(string.Empty, null, null, null));
        if (preview.Errors.Count > 0)
        {
            return [.. preview.Errors.Select(e => e.Line is { } line
                ? t.Format("строка {0}, позиция {1}: {2}", line, e.Column ?? 1, e.Message)
                : e.Message)];
        }

        return preview.Document is { } document && document.Sections.Any(s => s.Clauses.Count > 0)
            ? []
            : [t["С подставленными данными текст пункта пуст."]];
    }

    private async Task<IReadOnlyList<ProposalView>> ProposalsOfAsync(Guid agreementId, Guid? only, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ClauseProposal>().AsNoTracking().Where(p => p.AgreementId == agreementId && (only == null || p.Id == only))
            .OrderBy(p => p.CreatedAtUtc).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var people = await NamesAsync(rows.Select(r => r.ProposerPersonId).Concat(rows.Select(r => r.DecidedByPersonId ?? Guid.Empty)), cancellationToken);
        var organizations = await OrganizationNamesAsync(rows.Select(r => r.OrganizationId), cancellationToken);
        return [.. rows.Select(p => new ProposalView(
            p.Id,
            p.ClauseId,
            p.ProposedText,
            p.Note,
            p.ProposerPersonId,
            people.GetValueOrDefault(p.ProposerPersonId, "?"),
            organizations.GetValueOrDefault(p.OrganizationId, "?"),
            p.DocumentVersion,
            p.Status.ToString().ToLowerInvariant(),
            p.CreatedAtUtc,
            p.DecidedByPersonId is { } by ? people.GetValueOrDefault(by) : null,
            p.DecidedAtUtc,
            p.DecisionReason,
            p.ResultDocumentVersion))];
    }
}
