using System.Text.Json;
using System.Text.Json.Serialization;
using AgreementFlow.Web.Archive;
using AgreementFlow.Web.Documents;
using AgreementFlow.Web.PartnerAccess;
using Microsoft.AspNetCore.Http.Json;

namespace AgreementFlow.Web.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>JSON conventions, ProblemDetails for every error, the OpenAPI document.</summary>
    public static IServiceCollection AddAgreementFlowApi(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        // Binding failures become exceptions the handler turns into a 400 that names the problem.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "AgreementFlow API";
            document.Info.Description = "Network-form agreements and credit transfers between schools and centres.";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>Every JSON endpoint, under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapAgreementFlowApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapAuthEndpoints();
        api.MapOrganizationEndpoints();
        api.MapPeopleEndpoints();
        api.MapProgramEndpoints();
        api.MapCalendarEndpoints();
        api.MapAgreementEndpoints();
        api.MapTaskEndpoints();
        api.MapCreditTransferEndpoints();
        api.MapWorkflowEndpoints();
        api.MapRegistrationEndpoints();
        api.MapAgreementFlowDocuments();
        api.MapAgreementFlowArchive();
        Signing.SigningServiceCollectionExtensions.MapAgreementFlowSigning(api);
        Negotiation.NegotiationServiceCollectionExtensions.MapAgreementFlowNegotiation(api);
        api.MapAgreementFlowPartnerAccess();
        return endpoints;
    }
}
