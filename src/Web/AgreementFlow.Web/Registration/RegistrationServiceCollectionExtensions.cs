using AgreementFlow.Workflows.Runtime.Extensions;

namespace AgreementFlow.Web.Registration;

public static class RegistrationServiceCollectionExtensions
{
    /// <summary>Registration journals and the <c>assign-registration-number</c> workflow action.</summary>
    public static IServiceCollection AddAgreementFlowRegistration(this IServiceCollection services)
    {
        services.AddScoped<RegistrationService>();
        services.AddScoped<IWorkflowAction, AssignRegistrationNumberAction>();
        return services;
    }
}
