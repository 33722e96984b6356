using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Pages.Account;

public sealed class SignInModel(SignInService signIn, IOptions<AuthOptions> auth, Texts t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = t["Введите e-mail и пароль."];
            return Page();
        }

        var outcome = await signIn.CheckPasswordAsync(Email, Password, cancellationToken);
        if (outcome.IsLockedOut)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling((outcome.LockedUntilUtc!.Value - clock.GetUtcNow().UtcDateTime).TotalMinutes));
            Error = t.Format("Слишком много неудачных попыток. Вход заблокирован, попробуйте через {0} мин.", minutes);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        if (!outcome.Succeeded)
        {
            Error = t["Неверный e-mail или пароль."];
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Principal!);
        return LocalRedirect(SafeReturnUrl);
    }

    public IActionResult OnPostLanguage(string? language)
    {
        if (SupportedLanguages.IsSupported(language))
        {
            Response.Cookies.Append(SupportedLanguages.CookieName, language!, new CookieOptions
            {
                HttpOnly = true,
                Secure = auth.Value.CookieSecurePolicy == CookieSecurePolicy.Always || Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
            });
        }

        return RedirectToPage(new { ReturnUrl });
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
