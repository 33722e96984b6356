using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.CreditTransfers;
using AgreementFlow.Web.Hosting;
using AgreementFlow.Web.Persistence;
using AgreementFlow.Web.Tasks;
using AgreementFlow.Web.Workflows.Actions;
using AgreementFlow.Web.Workflows.Integration;
using AgreementFlow.Web.Workflows.Sweep;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Persistence;
using Microsoft.Extensions.Options;
using Quartz;

namespace AgreementFlow.Web.Workflows;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>The action names capabilities register; definitions naming anything else fail validation.</summary>
    public static IReadOnlySet<string> KnownActions { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "notify", "start-amendment", "render-document", "assign-registration-number", "archive", "completion-certificate" };

    /// <summary>The roles assignee rules may name.</summary>
    public static IReadOnlySet<string> KnownRoles { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "director", "legal", "coordinator", "clerk", "commissionMember" };

    /// <summary>The workflow runtime, its definitions, its integration with the directory, agreements and the timer sweep.</summary>
    public static IServiceCollection AddAgreementFlowWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkflowsOptions>().Bind(configuration.GetSection(WorkflowsOptions.Section))
            .Validate(o => o.SweepIntervalSeconds is >= 1 and <= 3600, "Workflows:SweepIntervalSeconds must be between 1 and 3600.")
            .ValidateOnStart();
        services.AddOptions<WorkflowRuntimeOptions>().Bind(configuration.GetSection(WorkflowRuntimeOptions.Section))
            .Validate(o => o.SweepBatchSize is >= 1 and <= 10_000, "Workflows:SweepBatchSize must be between 1 and 10000.")
            .Validate(o => o.ReminderBatchSize is >= 1 and <= 10_000, "Workflows:ReminderBatchSize must be between 1 and 10000.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var folder = sp.GetRequiredService<IOptions<WorkflowsOptions>>().Value.DefinitionsFolder;
            var result = new WorkflowDefinitionLoader(KnownActions, KnownRoles).LoadDirectory(folder);
            return result.Errors.Count > 0
                ? throw new WorkflowDefinitionsException(result.Errors)
                : new WorkflowDefinitionRegistry(result.Definitions);
        });
        services.AddScoped<IStartupTask, DefinitionsStartupCheck>();

        services.AddScoped<IWorkflowDbContext>(sp => sp.GetRequiredService<AgreementFlowDbContext>());
        services.AddScoped<WorkflowRuntime>();
        services.AddScoped<IAssigneeDirectory, DirectoryAssignees>();
        services.AddScoped<IOrganizationTimeSource, DirectoryOrganizationTime>();
        services.AddSingleton<IWorkflowSettings, ConfigurationWorkflowSettings>();
        services.AddScoped<IWorkflowStepObserver, SubjectStageObserver>();
        services.AddScoped<IWorkflowAction, NotifyAction>();
        services.AddScoped<IWorkflowAction, StartAmendmentAction>();
        services.AddScoped<AgreementService>();
        services.AddScoped<AgreementQueries>();
        services.AddScoped<BoardQueries>();
        services.AddScoped<AgreementBatchService>();
        services.AddSingleton<AgreementBatchSignal>();
        services.AddHostedService<AgreementBatchProcessor>();
        services.AddScoped<InboxQueries>();
        services.AddScoped<CreditTransferService>();
        services.AddScoped<CreditTransferDecisions>();

        AddScheduler(services, configuration);
        return services;
    }

    private static void AddScheduler(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(WorkflowsOptions.Section).Get<WorkflowsOptions>() ?? new WorkflowsOptions();
        if (!options.SchedulerEnabled)
        {
            return;
        }

        var database = DatabaseOptions.From(configuration);
        var connectionString = database.ConnectionString;
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "AgreementFlow");
            q.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(connectionString);
                    // Several nodes share one schedule: one of them runs each firing.
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(connectionString);
                }

                store.ProvisionSchema();
            });
            q.ScheduleJob<TimerSweepJob>(trigger => trigger
                .WithIdentity("timer-sweep")
                .WithSimpleSchedule(x => x.WithInterval(TimeSpan.FromSeconds(options.SweepIntervalSeconds)).RepeatForever()));
        });
        // Keep the stored trigger on restart instead of replacing it (a replaced trigger makes nodes fire out of step).
        services.Configure<QuartzOptions>(o => o.Scheduling.IgnoreDuplicates = true);
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }
}
