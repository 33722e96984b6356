using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.PartnerAccess;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.PartnerLinks;

/// <summary>
/// <c>/p/{token}</c>, the partner's landing. GET only checks the link and shows one button «Открыть договор» (a mail client's
/// link prefetcher changes nothing); POST opens it: a session limited to the link's agreement and actions, then the page of the
/// person's work. A forged, altered, expired or revoked link gets a page that says so (401 or 403) and changes nothing.
/// </summary>
[AllowAnonymous]
[PartnerAccessible]
public sealed class OpenModel(PartnerLinkOpener opener, CurrentUser me, Texts t) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    public LinkVerdict Verdict { get; private set; }

    public string? AgreementTitle { get; private set; }

    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var check = await opener.CheckAsync(Token, cancellationToken);
        if (check.Verdict == LinkVerdict.Valid && me.IsSignedIn && me.PersonId == check.Link!.PersonId
            && (!me.IsPartnerSession || me.PartnerLinkId == check.Link.Id))
        {
            // Already signed in as this person (with a password, or from this very link): straight to the work.
            return Redirect(await opener.WorkPageAsync(check.Link.AgreementId, check.Link.PersonId, cancellationToken));
        }

        return Show(check);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (check, principal, redirectTo) = await opener.OpenAsync(Token, cancellationToken);
        if (principal is null)
        {
            return Show(check);
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return Redirect(redirectTo!);
    }

    private PageResult Show(LinkCheck check)
    {
        Verdict = check.Verdict;
        AgreementTitle = check.Verdict == LinkVerdict.Valid ? check.AgreementTitle : null;
        (Heading, Explanation, Response.StatusCode) = check.Verdict switch
        {
            LinkVerdict.Valid => (t["Договор на согласовании"], t["Вас пригласили рассмотреть договор. Регистрация не нужна."], StatusCodes.Status200OK),
            LinkVerdict.Expired => (t["Срок действия ссылки истёк"],
                t["Ссылки действуют ограниченное время. Попросите координатора, который вам её прислал, отправить новую."], StatusCodes.Status401Unauthorized),
            LinkVerdict.Revoked => (t["Ссылка отозвана"],
                t["Координатор отозвал эту ссылку или прислал вместо неё новую. Откройте последнее письмо или попросите прислать ссылку ещё раз."], StatusCodes.Status403Forbidden),
            _ => (t["Ссылка недействительна"],
                t["Ссылка повреждена или не наша. Скопируйте её из письма целиком или попросите координатора прислать новую."], StatusCodes.Status401Unauthorized),
        };
        return Page();
    }
}
