using AgreementFlow.Web.Calendars;
using AgreementFlow.Web.Hosting;

namespace AgreementFlow.Web.Organizations;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>Organisations, people, programmes and the production calendars.</summary>
    public static IServiceCollection AddAgreementFlowDirectory(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<OrganizationService>();
        services.AddScoped<PersonService>();
        services.AddScoped<ProgramService>();
        services.AddScoped<AbsenceService>();
        services.AddScoped<CalendarService>();
        services.AddScoped<IStartupTask, BuiltInCalendarSeed>();
        return services;
    }
}
