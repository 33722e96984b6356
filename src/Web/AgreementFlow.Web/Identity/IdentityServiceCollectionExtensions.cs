using AgreementFlow.Data.Organizations;
using AgreementFlow.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Identity;

public static class IdentityServiceCollectionExtensions
{
    public const string CookieName = "af.session";

    /// <summary>Cookie sign-in, password hashing, lockout, the admin bootstrap and the authorisation policies.</summary>
    public static IServiceCollection AddAgreementFlowIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.Configure<AdminOptions>(configuration.GetSection(AdminOptions.Section));
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddSingleton<IPasswordHasher<Person>, PasswordHasher<Person>>();
        services.AddScoped<SignInService>();
        services.AddScoped<PasswordRules>();
        services.AddScoped(sp => new CurrentUser(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new()));
        services.AddHttpContextAccessor();

        // Session cookies, antiforgery tokens and the signing codes waiting in the outbox are protected with these keys:
        // several nodes must share one folder (DataProtection:KeysFolder), or each would refuse the others' cookies.
        var protection = services.AddDataProtection().SetApplicationName("AgreementFlow");
        if (configuration["DataProtection:KeysFolder"] is { Length: > 0 } keysFolder)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
        }

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.SlidingExpiration = true;
                options.LoginPath = "/account/signin";
                options.LogoutPath = "/account/signout";
                options.AccessDeniedPath = "/account/denied";
                options.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
                // The API answers with status codes; only pages redirect to the sign-in form.
                options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((cookie, auth) =>
            {
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(auth.Value.SessionMinutes);
                cookie.Cookie.SecurePolicy = auth.Value.CookieSecurePolicy;
            });
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IOptions<AuthOptions>>((antiforgery, auth) => antiforgery.Cookie.SecurePolicy = auth.Value.CookieSecurePolicy);

        services.AddSingleton<IAuthorizationHandler, OrganizationRoleHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, policy => policy.RequireClaim(AgreementFlowClaims.Administrator, "true"))
            .AddPolicy(Policies.ManageOrganizationPrograms, policy => policy.AddRequirements(
                new OrganizationRoleRequirement(OrganizationRole.Director, OrganizationRole.Coordinator, OrganizationRole.Legal)))
            .AddPolicy(Policies.SeeOrganizationStaff, policy => policy.AddRequirements(new OrganizationRoleRequirement()));

        services.AddScoped<IStartupTask, AdministratorBootstrap>();
        return services;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        // A partner whose link was revoked or expired has no password to sign in with: tell them why instead.
        context.Response.Redirect(status == StatusCodes.Status401Unauthorized && context.HttpContext.Items.ContainsKey(PartnerAccess.PartnerSessions.EndedItem)
            ? "/p/ended"
            : context.RedirectUri);
        return Task.CompletedTask;
    }
}
