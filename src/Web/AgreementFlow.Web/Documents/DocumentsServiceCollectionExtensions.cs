using AgreementFlow.Documents.Rendering;
using AgreementFlow.Web.Documents.Api;
using AgreementFlow.Web.Documents.Forms;
using AgreementFlow.Web.Documents.Library;
using AgreementFlow.Web.Documents.Pdf;
using AgreementFlow.Web.Documents.Rendering;
using AgreementFlow.Web.Documents.Templates;
using AgreementFlow.Web.Hosting;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Templates and rendering: the legal staff's templates and the shipped defaults, the <c>render-document</c>
    /// action, the statutory guard on leaving drafting, the agreement's document versions and the PDF/A queue.
    /// </summary>
    public static IServiceCollection AddAgreementFlowDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentsOptions>().Bind(configuration.GetSection(DocumentsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentsOptions>, DocumentsOptionsValidator>();

        services.AddSingleton<DocumentRenderer>();
        services.AddSingleton<IPdfConverter>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DocumentsOptions>>().Value;
            return new LibreOfficePdfConverter(new LibreOfficeOptions
            {
                SofficePath = options.SofficePath,
                MaxConcurrency = options.PdfMaxConcurrency,
                MaxBatchSize = options.PdfBatchSize,
                Timeout = TimeSpan.FromSeconds(options.PdfTimeoutSeconds),
            });
        });
        services.AddSingleton<PdfRequests>();
        services.AddHostedService<PdfWorker>();

        services.AddSingleton<DefaultTemplateSeeder>();
        services.AddScoped<IStartupTask, DefaultTemplatesStartupTask>();
        services.AddScoped<LibraryClauseResolver>();
        services.AddScoped<ClauseLibraryService>();
        services.AddScoped<TemplateService>();
        services.AddScoped<TemplatePreviewer>();

        services.AddScoped<AgreementTemplates>();
        services.AddScoped<AgreementTemplateData>();
        services.AddScoped<AgreementDocumentRenderer>();
        services.AddScoped<AgreementDocuments>();
        services.AddScoped<DraftFormService>();
        services.AddScoped<IWorkflowAction, RenderDocumentAction>();
        services.AddScoped<IStageExitGuard, StatutoryDraftingGuard>();
        services.AddScoped<IWorkflowStepObserver, TemplateVersionAssigner>();
        return services;
    }

    /// <summary>The documents' JSON endpoints, under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapAgreementFlowDocuments(this IEndpointRouteBuilder api)
    {
        api.MapTemplateEndpoints();
        api.MapAgreementDocumentEndpoints();
        api.MapDraftFormEndpoints();
        api.MapClauseLibraryEndpoints();
        return api;
    }
}
