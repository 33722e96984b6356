using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using AgreementFlow.Web.Identity;

namespace AgreementFlow.Web.Pages;

public static class PagesServiceCollectionExtensions
{
    /// <summary>The Razor Pages; folders carry their authorisation policy, so no page can forget it.</summary>
    public static IServiceCollection AddAgreementFlowPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
            options.Conventions.AllowAnonymousToPage("/Account/SignIn");
            options.Conventions.AllowAnonymousToPage("/Account/Denied");
            options.Conventions.AllowAnonymousToPage("/Status");
            options.Conventions.AllowAnonymousToPage("/Error");
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "af.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        // Cyrillic is written as itself, not as &#x...; entities: readable source, smaller pages.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>Headers that keep pages from being framed, sniffed or leaking referrers.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (!context.Request.Path.StartsWithSegments("/swagger"))
            {
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            }

            await next(context);
        });
}
