namespace AgreementFlow.Web.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>The real clock and the start-up tasks runner.</summary>
    public static IServiceCollection AddAgreementFlowHosting(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<StartupTaskRunner>();
        return services;
    }
}
