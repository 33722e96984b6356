using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Signing;

public static class SigningServiceCollectionExtensions
{
    /// <summary>
    /// Signing (<c>Signing:*</c>): methods per party, e-mailed codes, qualified-signature and scan uploads, the guard that keeps
    /// the sign task's <c>sign</c> answer behind a recorded signature, and the <c>completion-certificate</c> workflow action.
    /// </summary>
    public static IServiceCollection AddAgreementFlowSigning(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SigningOptions>().Bind(configuration.GetSection(SigningOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SigningOptions>, SigningOptionsValidator>();
        services.AddSingleton<SigningCodeMail>();
        services.AddSingleton<SigningMailWake>();
        services.AddScoped<SigningService>();
        services.AddScoped<ITaskOutcomeGuard, SigningOutcomeGuard>();
        services.AddScoped<IWorkflowAction, CompletionCertificateAction>();
        return services;
    }

    /// <summary>The signing endpoints, under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapAgreementFlowSigning(this IEndpointRouteBuilder api) => api.MapSigningEndpoints();
}
