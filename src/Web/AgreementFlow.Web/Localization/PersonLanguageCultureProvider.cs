using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Localization;

namespace AgreementFlow.Web.Localization;

/// <summary>
/// Picks the interface language: the signed-in person's preference, else the language cookie set on
/// the sign-in page, else Russian. The browser's Accept-Language is not consulted: the product is Russian first.
/// </summary>
internal sealed class PersonLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = httpContext.User.FindFirst(AgreementFlowClaims.Language)?.Value
            ?? httpContext.Request.Cookies[SupportedLanguages.CookieName];
        if (!SupportedLanguages.IsSupported(language))
        {
            return NullProviderCultureResult;
        }

        var culture = SupportedLanguages.CultureOf(language!);
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }
}
