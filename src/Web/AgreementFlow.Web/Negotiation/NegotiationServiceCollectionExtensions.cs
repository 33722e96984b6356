using AgreementFlow.Workflows.Runtime.Extensions;

namespace AgreementFlow.Web.Negotiation;

public static class NegotiationServiceCollectionExtensions
{
    /// <summary>
    /// Negotiation of an agreement's text: comments and proposals per clause, the agreement's own clause texts the renderer
    /// applies, approvals bound to the content they were given to, and the rounds.
    /// </summary>
    public static IServiceCollection AddAgreementFlowNegotiation(this IServiceCollection services)
    {
        services.AddScoped<NegotiationAccess>();
        services.AddScoped<ClauseOverrides>();
        services.AddScoped<NegotiationService>();
        services.AddScoped<NegotiationRounds>();
        services.AddScoped<IWorkflowStepObserver, ContentApprovalRecorder>();
        services.AddScoped<IWorkflowStepObserver, RoundRecorder>();
        return services;
    }

    /// <summary>The negotiation's JSON endpoints, under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapAgreementFlowNegotiation(this IEndpointRouteBuilder api) => api.MapNegotiationEndpoints();
}
