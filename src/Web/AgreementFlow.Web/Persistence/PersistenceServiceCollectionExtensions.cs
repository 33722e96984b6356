using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>The EF Core model on SQLite or PostgreSQL, migrated at start-up.</summary>
    public static IServiceCollection AddAgreementFlowPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .Configure(options => options.ConnectionString = DatabaseOptions.ResolveConnectionString(configuration, options.Provider))
            .Validate(options => !string.IsNullOrWhiteSpace(options.ConnectionString),
                "ConnectionStrings:AgreementFlow is required when Database:Provider is Postgres.")
            .ValidateOnStart();

        // Pooled: a step opens a context per request; reusing them saves their set-up on the hot path.
        services.AddDbContextPool<AgreementFlowDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            options.UseAgreementFlowDatabase(database.Provider, database.ConnectionString);
        });
        services.AddScoped<IStartupTask, DatabaseMigration>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
