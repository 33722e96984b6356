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
        return api;
    }
}
