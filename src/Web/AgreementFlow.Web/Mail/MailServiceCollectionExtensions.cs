using AgreementFlow.Web.Mail.Content;
using AgreementFlow.Web.Mail.Delivery;
using AgreementFlow.Web.Mail.Digests;
using AgreementFlow.Web.Workflows;
using Microsoft.Extensions.Options;
using Quartz;

namespace AgreementFlow.Web.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>E-mail: the templates, the outbox dispatcher and the digests, and their recurring jobs on the workflow scheduler.</summary>
    public static IServiceCollection AddAgreementFlowMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .Configure(o => o.PublicUrl = configuration["App:PublicUrl"] ?? o.PublicUrl)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.AddSingleton<MailTemplates>();
        services.AddSingleton<MailTransport>();
        services.AddScoped<MailComposer>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<DigestWriter>();
        services.AddScoped<MailQueries>();
        services.AddScoped<MailSettings>();

        var workflows = configuration.GetSection(WorkflowsOptions.Section).Get<WorkflowsOptions>() ?? new WorkflowsOptions();
        if (workflows.SchedulerEnabled)
        {
            var interval = configuration.GetSection(MailOptions.Section).GetValue(nameof(MailOptions.DispatchIntervalSeconds), 5);
            // Added to the scheduler the workflow area set up (persistent, clustered on PostgreSQL).
            services.AddQuartz(q =>
            {
                q.ScheduleJob<MailDispatchJob>(trigger => trigger.WithIdentity("mail-dispatch")
                    .WithSimpleSchedule(x => x.WithInterval(TimeSpan.FromSeconds(Math.Clamp(interval, 1, 3600))).RepeatForever()));
                q.ScheduleJob<DigestJob>(trigger => trigger.WithIdentity("mail-digest")
                    .WithSimpleSchedule(x => x.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
            });
        }

        return services;
    }
}
