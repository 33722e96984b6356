using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Negotiation;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Negotiation;

/// <summary>
/// The rounds of an agreement's negotiation, as <see cref="RoundRecorder"/> recorded them: each move legal-review → negotiation
/// is «Отправлено партнёру», each move negotiation → legal-review is «Возвращено базовой организации». A round carries the document version
/// it sent (for a return: the version rendered on the way back) and the redline against the round before it.
/// </summary>
public sealed class NegotiationRounds(AgreementFlowDbContext db, Texts t)
{
    public async Task<IReadOnlyList<NegotiationRoundView>> OfAsync(Guid agreementId, CancellationToken cancellationToken)
    {
        var moves = await db.Set<NegotiationRound>().AsNoTracking().Where(r => r.AgreementId == agreementId)
            .OrderBy(r => r.JournalSequence).ThenBy(r => r.AtUtc).ToListAsync(cancellationToken);
        if (moves.Count == 0)
        {
            return [];
        }

        var versions = await db.Set<AgreementDocument>().AsNoTracking().Where(d => d.AgreementId == agreementId)
            .OrderBy(d => d.Version).Select(d => d.Version).ToListAsync(cancellationToken);
        var rounds = new List<NegotiationRoundView>();
        int? before = null;
        foreach (var move in moves)
        {
            var sent = move.Kind == NegotiationRound.SentToPartner;
            // Sent: the text as it stood. Returned: the version the return rendered (the first one made after the move).
            var version = sent
                ? move.VersionBefore
                : versions.Cast<int?>().FirstOrDefault(v => v > (move.VersionBefore ?? 0)) ?? move.VersionBefore;
            var compared = before ?? (version > 1 ? version - 1 : null);
            rounds.Add(new NegotiationRoundView(
                rounds.Count + 1,
                move.Kind,
                sent ? t["Отправлено партнёру"] : t["Возвращено базовой организации"],
                move.AtUtc,
                version,
                compared != version ? compared : null,
                version is { } to && compared is { } from && from != to ? NegotiationService.RedlineUrl(agreementId, from, to) : null));
            before = version ?? before;
        }

        return rounds;
    }

    /// <summary>The approvals bound to content on the agreement, newest first, with whether a later version voided them.</summary>
    public async Task<IReadOnlyList<ContentApprovalView>> ApprovalsAsync(Guid agreementId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ContentApproval>().AsNoTracking().Where(a => a.AgreementId == agreementId)
            .OrderByDescending(a => a.ApprovedAtUtc).ToListAsync(cancellationToken);
        var personIds = rows.Select(r => r.PersonId).Distinct().ToList();
        var organizationIds = rows.Select(r => r.OrganizationId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
        return [.. rows.Select(r => new ContentApprovalView(
            r.AssignmentId, r.Stage, r.TaskId, r.Outcome, people.GetValueOrDefault(r.PersonId, "?"), organizations.GetValueOrDefault(r.OrganizationId, "?"),
            r.DocumentVersion, r.DocxSha256, r.ApprovedAtUtc, r.VoidedAtUtc is not null, r.VoidedByVersion))];
    }
}
