using System.Text.Json.Nodes;
using AgreementFlow.Data.Negotiation;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Identity;
using AgreementFlow.Workflows.Runtime.Journal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Negotiation;

/// <summary>
/// On the agreement page and the task page: the rounds of negotiation with their redlines, what is open in the discussion, the
/// link to the review page, and — for a task given again — why (its approval was voided by a change of text).
/// </summary>
public sealed class NegotiationRoundsViewComponent(AgreementFlowDbContext db, NegotiationAccess access, NegotiationRounds rounds, CurrentUser me) : ViewComponent
{
    public sealed record Model(Guid AgreementId, IReadOnlyList<NegotiationRoundView> Rounds, int OpenThreads, int PendingProposals, string? ReissueReason, string? ReissueRedline, string ReaderZone);

    public async Task<IViewComponentResult> InvokeAsync(Guid agreementId, Guid? assignmentId = null)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var agreement = await access.FindAsync(agreementId, cancellationToken);
        if (agreement is null || !NegotiationAccess.MayView(me, agreement))
        {
            return Content("");
        }

        var openThreads = await db.Set<ClauseComment>().CountAsync(c => c.AgreementId == agreementId && c.ParentId == null && c.ResolvedAtUtc == null, cancellationToken);
        var pending = await db.Set<ClauseProposal>().CountAsync(p => p.AgreementId == agreementId && p.Status == ProposalStatus.Pending, cancellationToken);
        string? reason = null;
        string? redline = null;
        if (assignmentId is { } id)
        {
            var entries = await db.JournalEntries.AsNoTracking()
                .Where(j => j.InstanceId == agreement.WorkflowInstanceId && j.Kind == JournalEntryKind.TaskReissued)
                .OrderByDescending(j => j.Sequence).Select(j => new { j.Comment, j.Details }).ToListAsync(cancellationToken);
            var entry = entries.FirstOrDefault(e => e.Details is not null && JsonNode.Parse(e.Details) is JsonObject d && d["assignmentId"]?.GetValue<string>() == id.ToString());
            if (entry is not null)
            {
                reason = entry.Comment;
                redline = (JsonNode.Parse(entry.Details!) as JsonObject)?["redline"]?.GetValue<string>();
            }
        }

        return View("~/Pages/Agreements/ReviewRoundsPanel.cshtml", new Model(agreementId, await rounds.OfAsync(agreementId, cancellationToken),
            openThreads, pending, reason, redline, await access.ReaderZoneAsync(me, agreement, cancellationToken)));
    }
}
