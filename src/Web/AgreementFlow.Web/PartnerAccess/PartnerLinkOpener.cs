using System.Security.Claims;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Identity;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>The partner's side: checks a link and opens it into a session limited to its agreement and actions.</summary>
public sealed class PartnerLinkOpener(AgreementFlowDbContext db, PartnerLinkTokens tokens, TimeProvider clock)
{
    /// <summary>Checks <paramref name="token"/> without changing anything (a mail client's prefetch may do this).</summary>
    public async Task<LinkCheck> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        if (PartnerLinkTokens.LinkIdOf(token) is not { } linkId)
        {
            return new LinkCheck(LinkVerdict.Invalid, null, null);
        }

        var link = await db.PartnerLinks.SingleOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link is null || !tokens.Matches(token!, link))
        {
            return new LinkCheck(LinkVerdict.Invalid, null, null);
        }

        var title = await db.Agreements.AsNoTracking().Where(a => a.Id == link.AgreementId).Select(a => a.Title).SingleOrDefaultAsync(cancellationToken);
        var verdict = link.RevokedAtUtc is not null ? LinkVerdict.Revoked
            : link.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime ? LinkVerdict.Expired
            : title is null ? LinkVerdict.Invalid
            : LinkVerdict.Valid;
        return new LinkCheck(verdict, link, title);
    }

    /// <summary>
    /// Opens a valid link: records the opening and returns the scoped session's principal and the page of the person's work.
    /// Anything but a valid link changes nothing.
    /// </summary>
    public async Task<(LinkCheck Check, ClaimsPrincipal? Principal, string? RedirectTo)> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(token, cancellationToken);
        if (check.Verdict != LinkVerdict.Valid)
        {
            return (check, null, null);
        }

        var link = check.Link!;
        var person = await db.People.AsNoTracking().Include(p => p.Memberships).SingleOrDefaultAsync(p => p.Id == link.PersonId, cancellationToken);
        if (person is null)
        {
            return (check with { Verdict = LinkVerdict.Invalid }, null, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        link.FirstOpenedAtUtc ??= now;
        link.LastOpenedAtUtc = now;
        link.OpenCount++;
        await db.SaveChangesAsync(cancellationToken);

        var principal = SignInService.CreatePrincipal(person);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(AgreementFlowClaims.ScopeAgreement, link.AgreementId.ToString("N")));
        identity.AddClaim(new Claim(AgreementFlowClaims.PartnerLink, link.Id.ToString("N")));
        identity.AddClaims(PartnerActions.Parse(link.Actions).Select(a => new Claim(AgreementFlowClaims.ScopeAction, a.ToString())));
        return (check, principal, await WorkPageAsync(link.AgreementId, link.PersonId, cancellationToken));
    }

    /// <summary>The page of the person's open work on the agreement: signing when their open part is the sign task, else the review.</summary>
    public async Task<string> WorkPageAsync(Guid agreementId, Guid personId, CancellationToken cancellationToken)
    {
        var instanceId = await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId).Select(a => a.WorkflowInstanceId).SingleAsync(cancellationToken);
        var taskId = await db.TaskAssignments.AsNoTracking()
            .Where(a => a.InstanceId == instanceId && a.AssigneePersonId == personId && a.Status == AssignmentStatus.Open)
            .OrderBy(a => a.CreatedAtUtc)
            .Select(a => a.HumanTask!.TaskId)
            .FirstOrDefaultAsync(cancellationToken);
        return PartnerActions.PageFor(agreementId, taskId);
    }
}
