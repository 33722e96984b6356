using AgreementFlow.Web.CreditTransfers;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Api;

/// <summary><c>/api/credit-transfers</c>: applications for credit transfer; their tasks are answered through <c>/api/tasks</c>.</summary>
internal static class CreditTransferEndpoints
{
    public static IEndpointRouteBuilder MapCreditTransferEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/credit-transfers").WithTags("Credit transfers");
        group.MapPost("/", async (CreditTransferInput input, CurrentUser user, CreditTransferService transfers, Texts t, CancellationToken ct) =>
            ApiResults.From(await transfers.CreateAsync(input, user, ct), created => TypedResults.Created($"/api/credit-transfers/{created.Id}", created), t));
        group.MapGet("/", async (string? stage, CurrentUser user, CreditTransferService transfers, CancellationToken ct) =>
            TypedResults.Ok(await transfers.ListAsync(user, stage, ct)));
        group.MapGet("/{id:guid}", async (Guid id, CurrentUser user, CreditTransferService transfers, Texts t, CancellationToken ct) =>
            await transfers.FindAsync(user, id, ct) is { } found ? TypedResults.Ok(found) : ApiResults.NotFound(t["Заявление не найдено."], t));
        group.MapGet("/{id:guid}/documents/{documentId:guid}", async (Guid id, Guid documentId, CurrentUser user, CreditTransferService transfers, HttpContext http, Texts t, CancellationToken ct) =>
        {
            if (await transfers.DocumentAsync(user, id, documentId, ct) is not { } file)
            {
                return ApiResults.NotFound(t["Документ не найден."], t);
            }

            // Opened in the browser (a PDF or a JPEG, both checked by their content on upload), under its own name.
            http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = true, FileName = file.FileName }.ToString();
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return TypedResults.File(file.Content, file.ContentType);
        });
        return api;
    }
}
