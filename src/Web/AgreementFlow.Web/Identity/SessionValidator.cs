using System.Security.Claims;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.PartnerAccess;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Identity;

/// <summary>
/// Re-reads the person behind a session cookie on every request: memberships granted or removed take
/// effect at once, and a changed password or a deleted person ends every older session.
/// </summary>
internal static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var user = new CurrentUser(context.Principal!);
        var stamp = context.Principal!.FindFirst(AgreementFlowClaims.SecurityStamp)?.Value;
        var db = context.HttpContext.RequestServices.GetRequiredService<AgreementFlowDbContext>();
        var person = user.PersonIdOrNull is { } id
            ? await db.People.AsNoTracking().Include(p => p.Memberships)
                .SingleOrDefaultAsync(p => p.Id == id, context.HttpContext.RequestAborted)
            : null;

        if (person is null || person.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        // A partner's link session lives only as long as its link: revoked or expired ends it at once.
        if (user.IsPartnerSession && (user.PartnerLinkId is not { } linkId || user.ScopedAgreementId is not { } agreementId
            || !await PartnerSessions.IsLinkValidAsync(db, linkId, person.Id, agreementId,
                context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, context.HttpContext.RequestAborted)))
        {
            context.HttpContext.Items[PartnerSessions.EndedItem] = true;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        var principal = SignInService.CreatePrincipal(person);
        // A partner's link session keeps its scope (the partner-access area checks the link is still valid).
        ((ClaimsIdentity)principal.Identity!).AddClaims(context.Principal!.Claims
            .Where(c => c.Type is AgreementFlowClaims.ScopeAgreement or AgreementFlowClaims.ScopeAction or AgreementFlowClaims.PartnerLink)
            .Select(c => new Claim(c.Type, c.Value)));
        context.ReplacePrincipal(principal);
    }
}
