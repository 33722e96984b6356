using System.Security.Claims;
using AgreementFlow.Data.PartnerAccess;
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
/// (one agreement, the actions the link allows), for a link row written here as the coordinator's page writes it (the session
/// lives only as long as its link). Minted with the app's own cookie protection, so the negotiation's checks can be tested
/// without the link landing page.
/// </summary>
internal static class PartnerSessions
{
    public static async Task<string> CookieAsync(AgreementFlowApp app, Guid personId, Guid agreementId, params PartnerAction[] actions)
    {
        await using var db = app.CreateDbContext();
        var person = await db.People.Include(p => p.Memberships).SingleAsync(p => p.Id == personId);
        var parties = await db.Agreements.Where(a => a.Id == agreementId).SelectMany(a => a.Parties).Select(p => p.OrganizationId).ToListAsync();
        var membership = person.Memberships.FirstOrDefault(m => parties.Contains(m.OrganizationId)) ?? person.Memberships[0];
        var nowUtc = app.Clock.GetUtcNow().UtcDateTime;
        var contact = await db.PartnerContacts.SingleOrDefaultAsync(c => c.AgreementId == agreementId && c.OrganizationId == membership.OrganizationId);
        if (contact is null)
        {
            contact = new PartnerContact
            {
                Id = Guid.NewGuid(), AgreementId = agreementId, OrganizationId = membership.OrganizationId, PersonId = personId,
                Email = person.Email, FullName = person.FullName, Role = membership.Role,
                CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc, UpdatedByPersonId = personId,
            };
            db.PartnerContacts.Add(contact);
        }

        var link = new PartnerLink
        {
            Id = Guid.NewGuid(), AgreementId = agreementId, ContactId = contact.Id, PersonId = personId, OrganizationId = membership.OrganizationId,
            Actions = string.Join(',', actions), TokenHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()).PadRight(PartnerLink.TokenHashLength, '0'),
            CreatedAtUtc = nowUtc, CreatedByPersonId = personId, ExpiresAtUtc = nowUtc.AddDays(14),
        };
        db.PartnerLinks.Add(link);
        await db.SaveChangesAsync();

        var principal = SignInService.CreatePrincipal(person);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(AgreementFlowClaims.ScopeAgreement, agreementId.ToString("N")));
        identity.AddClaim(new Claim(AgreementFlowClaims.PartnerLink, link.Id.ToString("N")));
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
