using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.PartnerAccess;

public static class PartnerAccessServiceCollectionExtensions
{
    /// <summary>Partners' links: the signing key (validated at start-up), tokens, the coordinator's service, the landing and the link e-mail.</summary>
    public static IServiceCollection AddAgreementFlowPartnerAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PartnerLinksOptions>().Bind(configuration.GetSection(PartnerLinksOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PartnerLinksOptions>, PartnerLinksOptionsValidator>();
        services.AddSingleton<PartnerLinkKey>();
        services.AddSingleton<PartnerLinkTokens>();
        services.AddScoped<PartnerAccessService>();
        services.AddScoped<PartnerLinkOpener>();
        services.AddScoped<PartnerLinkMail>();
        services.AddScoped<PartnerLinkIssuer>();
        services.AddScoped<IWorkflowStepObserver, PartnerWorkObserver>();
        return services;
    }

    /// <summary>The API under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapAgreementFlowPartnerAccess(this IEndpointRouteBuilder api) => api.MapPartnerAccessEndpoints();
}
