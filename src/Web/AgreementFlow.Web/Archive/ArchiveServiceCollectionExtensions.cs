using AgreementFlow.Web.Workflows;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace AgreementFlow.Web.Archive;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>
    /// The archive: content-addressed storage (<c>Storage:ArchiveFolder</c>), the <c>archive</c> workflow action, approval
    /// sheets, public verification, retention and destruction, and the integrity job on the workflow scheduler.
    /// </summary>
    public static IServiceCollection AddAgreementFlowArchive(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ArchiveOptions>()
            .Bind(configuration.GetSection(ArchiveOptions.Section))
            .Configure(o =>
            {
                o.Folder = configuration["Storage:ArchiveFolder"] ?? o.Folder;
                o.PublicUrl = configuration["App:PublicUrl"] ?? o.PublicUrl;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ArchiveOptions>, ArchiveOptionsValidator>();
        services.AddSingleton<ArchiveStorage>();
        services.AddScoped<ApprovalSheets>();
        services.AddScoped<CompletionCertificates>();
        services.AddScoped<ArchiveService>();
        services.AddScoped<ArchiveIntegrityChecker>();
        services.AddScoped<IWorkflowAction, ArchiveAction>();

        var workflows = configuration.GetSection(WorkflowsOptions.Section).Get<WorkflowsOptions>() ?? new WorkflowsOptions();
        if (workflows.SchedulerEnabled)
        {
            var minutes = configuration.GetSection(ArchiveOptions.Section).GetValue<int?>(nameof(ArchiveOptions.IntegrityIntervalMinutes)) ?? 60;
            services.AddQuartz(q => q.ScheduleJob<ArchiveIntegrityJob>(trigger => trigger
                .WithIdentity("archive-integrity")
                .WithSimpleSchedule(x => x.WithInterval(TimeSpan.FromMinutes(Math.Max(1, minutes))).RepeatForever())));
        }

        return services;
    }

    /// <summary>The archive's JSON endpoints, under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapAgreementFlowArchive(this IEndpointRouteBuilder api) => api.MapArchiveEndpoints();
}
