using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Api;

/// <summary><c>/api/agreements</c>: drafting, the board, one agreement with its tasks and journal, commands, batches.</summary>
internal static class AgreementEndpoints
{
    public sealed record CommandRequest(string? Comment);

    public static IEndpointRouteBuilder MapAgreementEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/agreements").WithTags("Agreements");
        group.MapPost("/", async (AgreementInput input, CurrentUser user, AgreementService agreements, Texts t, CancellationToken ct) =>
            ApiResults.From(await agreements.CreateAsync(input, user, ct), created => TypedResults.Created($"/api/agreements/{created.Id}", created), t));
        group.MapGet("/", async (string? stage, Guid? organizationId, bool? overdue, string? q, Guid? programId, Guid? partnerId, int? page, int? pageSize,
                CurrentUser user, AgreementQueries queries, Texts t, CancellationToken ct) =>
            organizationId is { } org && !user.IsAdministrator && !user.OrganizationIds.Contains(org)
                ? ApiResults.Forbidden(t["Это не ваша организация."], t)
                : TypedResults.Ok(await queries.ListAsync(user, stage, organizationId, overdue, q, programId, partnerId, page ?? 1, pageSize ?? 50, ct)))
            .WithSummary("The board: overdue first, filters by stage, organisation, partner, programme and text; counts by stage.");
        group.MapGet("/{id:guid}", async (Guid id, CurrentUser user, AgreementQueries queries, Texts t, CancellationToken ct) =>
            await queries.FindAsync(user, id, ct) is { } found ? TypedResults.Ok(found) : ApiResults.NotFound(t["Договор не найден."], t));
        group.MapGet("/{id:guid}/journal", async (Guid id, CurrentUser user, AgreementQueries queries, Texts t, CancellationToken ct) =>
            await queries.JournalAsync(user, id, ct) is { } journal ? TypedResults.Ok(journal) : ApiResults.NotFound(t["Договор не найден."], t));
        group.MapGet("/{id:guid}/journal/verify", VerifyAsync);
        group.MapPost("/{id:guid}/actions/{command}", CommandAsync);
        group.MapPost("/batch", async (BatchInput input, CurrentUser user, AgreementBatchService batches, Texts t, CancellationToken ct) =>
            ApiResults.From(await batches.StartAsync(input, user, ct), started => TypedResults.Accepted($"/api/agreements/batches/{started.BatchId}", started), t))
            .WithSummary("Creates agreements from one draft for many partners, in the background; 202 with the batch to follow.");
        group.MapGet("/batches/{id:guid}", async (Guid id, CurrentUser user, AgreementBatchService batches, Texts t, CancellationToken ct) =>
            await batches.ProgressAsync(id, user, ct) is { } progress ? TypedResults.Ok(progress) : ApiResults.NotFound(t["Пакет не найден."], t));
        return api;
    }

    private static async Task<IResult> VerifyAsync(Guid id, CurrentUser user, AgreementQueries queries, WorkflowRuntime runtime, Texts t, CancellationToken ct)
    {
        var instanceId = await queries.Visible(user).Where(a => a.Id == id).Select(a => (Guid?)a.WorkflowInstanceId).SingleOrDefaultAsync(ct);
        if (instanceId is null)
        {
            return ApiResults.NotFound(t["Договор не найден."], t);
        }

        var verification = await runtime.VerifyJournalAsync(instanceId.Value, ct);
        return TypedResults.Ok(verification);
    }

    private static async Task<IResult> CommandAsync(
        Guid id, string command, CommandRequest? request, CurrentUser user, AgreementQueries queries, WorkflowRuntime runtime, Texts t, CancellationToken ct)
    {
        var instanceId = await queries.Visible(user).Where(a => a.Id == id).Select(a => (Guid?)a.WorkflowInstanceId).SingleOrDefaultAsync(ct);
        if (instanceId is null)
        {
            return ApiResults.NotFound(t["Договор не найден."], t);
        }

        if (command is not ("terminate" or "amend"))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: t["Не найдено."], detail: t["Есть действия terminate и amend."]);
        }

        return StepResults.From(await runtime.RunCommandAsync(instanceId.Value, command, user.PersonId, request?.Comment, ct), t);
    }
}
