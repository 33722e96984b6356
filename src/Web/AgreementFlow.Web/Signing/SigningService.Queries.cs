using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Signing;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Signing;

public sealed partial class SigningService
{
    /// <summary>The agreement, when it exists and the person is of one of its parties (or an administrator) and the session's scope allows signing.</summary>
    private async Task<(Agreement? Agreement, CommandResult<T>? Refusal)> AccessAsync<T>(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null)
        {
            return (null, CommandResult<T>.NotFound(t["Договор не найден."]));
        }

        if (!user.MayActOn(agreementId, PartnerAction.Sign))
        {
            return (null, CommandResult<T>.Forbidden(t["Ваша ссылка не даёт права подписывать этот договор."]));
        }

        if (!user.IsAdministrator && !agreement.Parties.Any(p => user.OrganizationIds.Contains(p.OrganizationId)))
        {
            return (null, CommandResult<T>.Forbidden(t["Подписывают только представители сторон договора."]));
        }

        return (agreement, null);
    }

    /// <summary>The signer's open part of the sign task, in the route's order (partners first, then the base).</summary>
    private async Task<Actor> ActorAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        var (agreement, refusal) = await AccessAsync<Unit>(user, agreementId, cancellationToken);
        if (agreement is null)
        {
            return new Actor(null, null, SigningMethod.Simple, refusal);
        }

        var task = await SignTaskAsync(agreement.WorkflowInstanceId, cancellationToken);
        var me = user.PersonId;
        var mine = task?.Status == HumanTaskStatus.Open
            ? task.Assignments.FirstOrDefault(a => a.AssigneePersonId == me && a.Status == AssignmentStatus.Open)
            : null;
        if (mine is null)
        {
            if (task?.Status == HumanTaskStatus.Open && task.Assignments.Any(a => a.Status == AssignmentStatus.Waiting && MayHold(user, a)))
            {
                var next = task.Assignments.Where(a => a.Status == AssignmentStatus.Open).Select(a => a.OrganizationId).FirstOrDefault();
                var name = await db.Organizations.AsNoTracking().Where(o => o.Id == next).Select(o => o.ShortName).SingleOrDefaultAsync(cancellationToken) ?? "—";
                return new Actor(agreement, null, SigningMethod.Simple, CommandResult<Unit>.Conflict(t.Format(
                    "Ещё не ваша очередь: стороны подписывают по порядку маршрута — сначала партнёры, затем базовая организация. Сейчас подписывает: {0}.", name)));
            }

            if (task is not null && task.Assignments.Any(a => a.AssigneePersonId == me && a.Status == AssignmentStatus.Completed))
            {
                return new Actor(agreement, null, SigningMethod.Simple, CommandResult<Unit>.Conflict(t["Вы уже подписали этот договор."]));
            }

            return new Actor(agreement, null, SigningMethod.Simple, agreement.Stage == "signing"
                ? CommandResult<Unit>.Forbidden(t["У вас нет задачи подписания этого договора: подписывает директор стороны (или его и.о.)."])
                : CommandResult<Unit>.Conflict(t["Договор сейчас не на подписании."]));
        }

        var method = await MethodOfAsync(agreement.Id, mine.OrganizationId, cancellationToken);
        return new Actor(agreement, mine, method, null);
    }

    /// <summary>Whether a waiting part (whose assignee is resolved only when its turn comes) will be the person's: they hold its role in its organisation.</summary>
    private static bool MayHold(CurrentUser user, TaskAssignment waiting) =>
        Enum.TryParse<Data.Organizations.OrganizationRole>(waiting.Role, ignoreCase: true, out var role) && user.HasRole(waiting.OrganizationId, role);

    private async Task<SigningMethod> MethodOfAsync(Guid agreementId, Guid organizationId, CancellationToken cancellationToken) =>
        await db.SigningMethodChoices.AsNoTracking().Where(c => c.AgreementId == agreementId && c.OrganizationId == organizationId)
            .Select(c => (SigningMethod?)c.Method).SingleOrDefaultAsync(cancellationToken) ?? SigningMethod.Simple;

    /// <summary>The latest round of the instance's sign task, with its parts; null before signing began.</summary>
    private Task<HumanTask?> SignTaskAsync(Guid instanceId, CancellationToken cancellationToken) =>
        db.HumanTasks.AsNoTracking().Include(h => h.Assignments)
            .Where(h => h.InstanceId == instanceId && h.TaskId == SignTask)
            .OrderByDescending(h => h.Round).ThenByDescending(h => h.CreatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The final (latest) version and the hash a signature binds: its PDF/A when ready; queues the PDF when asked and not yet
    /// made; the DOCX where this server cannot make PDFs at all.
    /// </summary>
    private async Task<SigningDocument?> DocumentAsync(Guid agreementId, bool requestPdf, CancellationToken cancellationToken)
    {
        var row = await db.Set<AgreementDocument>().AsNoTracking().Where(d => d.AgreementId == agreementId).OrderByDescending(d => d.Version)
            .Select(d => new { d.Id, d.Version, d.Reason, d.PdfStatus, d.PdfSha256, d.DocxSha256 }).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (row.PdfStatus == PdfStatus.Ready)
        {
            return new SigningDocument(row.Version, row.Reason, "pdf", row.PdfSha256, row.DocxSha256, false);
        }

        if (row.PdfStatus == PdfStatus.Unavailable || !converter.IsAvailable)
        {
            return new SigningDocument(row.Version, row.Reason, "docx", row.DocxSha256, row.DocxSha256, false);
        }

        if (requestPdf && row.PdfStatus is PdfStatus.NotRequested or PdfStatus.Failed)
        {
            var claimed = await db.Set<AgreementDocument>().Where(d => d.Id == row.Id && d.PdfStatus == row.PdfStatus)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.PdfStatus, PdfStatus.Queued).SetProperty(d => d.PdfError, (string?)null), cancellationToken);
            if (claimed == 1)
            {
                pdfQueue.TryEnqueue(row.Id);
            }
        }

        return new SigningDocument(row.Version, row.Reason, null, null, row.DocxSha256, true);
    }

    private async Task<IReadOnlyList<SignatureView>> SignaturesAsync(Guid agreementId, CancellationToken cancellationToken)
    {
        var rows = await db.Signatures.AsNoTracking().Where(s => s.AgreementId == agreementId).OrderBy(s => s.SignedAtUtc).ToListAsync(cancellationToken);
        var organizationIds = rows.Select(r => r.OrganizationId).Distinct().ToList();
        var zones = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.TimeZoneId, cancellationToken);
        return [.. rows.Select(r => ViewOf(r, zones.GetValueOrDefault(r.OrganizationId)))];
    }

    private async Task<IReadOnlyList<SigningPartyView>> PartiesAsync(Agreement agreement, HumanTask? task, IReadOnlyList<SignatureView> signatures, CancellationToken cancellationToken)
    {
        var ids = agreement.Parties.Select(p => p.OrganizationId).ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
        var methods = await db.SigningMethodChoices.AsNoTracking().Where(c => c.AgreementId == agreement.Id).ToDictionaryAsync(c => c.OrganizationId, c => c.Method, cancellationToken);
        var assignees = task is null ? [] : task.Assignments.Select(a => a.AssigneePersonId).OfType<Guid>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => assignees.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);

        // The route's order: the sign task's sequence once it exists; before that, partners first and the base last.
        var ordered = agreement.Parties.OrderBy(p => p.IsBase ? 1 : 0).ThenBy(p => p.Position).ToList();
        var result = new List<SigningPartyView>();
        foreach (var party in ordered)
        {
            var part = task?.Assignments.Where(a => a.OrganizationId == party.OrganizationId).OrderBy(a => a.Sequence).FirstOrDefault();
            var signature = part is null ? null : signatures.FirstOrDefault(s => s.AssignmentId == part.Id);
            var status = signature is not null ? "signed"
                : part?.Status == AssignmentStatus.Open ? "next"
                : part?.Status == AssignmentStatus.Waiting ? "waiting"
                : part is null ? "notStarted" : "closed";
            var order = part?.Sequence ?? ordered.IndexOf(party);
            result.Add(new SigningPartyView(party.OrganizationId, names.GetValueOrDefault(party.OrganizationId) ?? "—", party.IsBase, order + 1,
                methods.GetValueOrDefault(party.OrganizationId, SigningMethod.Simple), status,
                part?.AssigneePersonId is { } who ? people.GetValueOrDefault(who) : null, signature));
        }

        return [.. result.OrderBy(p => p.Order)];
    }

    private static SignatureView ViewOf(Signature s, string? zoneId) => new(
        s.Id, s.AssignmentId, s.PersonName, s.ActingForName, s.OrganizationName, s.Role, s.Method, s.DocumentVersion, s.DocumentSha256, s.DocumentFormat,
        s.SignedAtUtc, LocalTime.Format(s.SignedAtUtc, zoneId), s.IpAddress, s.UserAgent, s.CertificateSubject, s.Verification, s.VerificationNote, s.FileId);
}
