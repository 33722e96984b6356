using AgreementFlow.Web.Hosting;

namespace AgreementFlow.Web.Demo;

public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddAgreementFlowDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddScoped<DemoSeeder>();
        services.AddScoped<IStartupTask>(sp => sp.GetRequiredService<DemoSeeder>());
        services.AddScoped<IStartupTask, DemoWorkflowSeeder>();
        return services;
    }
}
