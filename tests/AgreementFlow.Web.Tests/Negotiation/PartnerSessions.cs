using System.Security.Claims;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Tests.Negotiation;

/// <summary>
/// A partner's link session as the partner-access area starts it: the contact's normal session cookie plus the scope claims
/// (one agreement, the actions the link allows). Minted here with the app's own cookie protection, so the negotiation's checks
/// can be tested without the link landing page.
/// </summary>
internal static class PartnerSessions
{
    public static async Task<string> CookieAsync(AgreementFlowApp app, Guid personId, Guid agreementId, params PartnerAction[] actions)
    {
        await using var db = app.CreateDbContext();
        var person = await db.People.Include(p => p.Memberships).SingleAsync(p => p.Id == personId);
        var principal = SignInService.CreatePrincipal(person);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(AgreementFlowClaims.ScopeAgreement, agreementId.ToString("N")));
        identity.AddClaim(new Claim(AgreementFlowClaims.PartnerLink, Guid.NewGuid().ToString("N")));
        foreach (var action in actions)
        {
            identity.AddClaim(new Claim(AgreementFlowClaims.ScopeAction, action.ToString()));
        }

        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var now = app.Clock.GetUtcNow();
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(1) }, CookieAuthenticationDefaults.AuthenticationScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }

    /// <summary>An API client carrying only the partner's session cookie.</summary>
    public static async Task<HttpClient> ClientAsync(AgreementFlowApp app, Guid personId, Guid agreementId, params PartnerAction[] actions)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        client.DefaultRequestHeaders.Add("Cookie", await CookieAsync(app, personId, agreementId, actions));
        return client;
    }
}
