using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.PartnerLinks;

/// <summary>Where a partner lands when the link their session came from was revoked or expired meanwhile.</summary>
[AllowAnonymous]
[PartnerAccessible]
public sealed class EndedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status401Unauthorized;
}
