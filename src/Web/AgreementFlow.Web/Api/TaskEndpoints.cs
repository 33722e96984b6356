using System.Text.Json.Nodes;
using AgreementFlow.Web.CreditTransfers;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Tasks;
using AgreementFlow.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Api;

/// <summary><c>/api/tasks</c>: a person's inbox and their answers.</summary>
internal static class TaskEndpoints
{
    public sealed record CompleteRequest(string? Outcome, string? Comment, JsonObject? Data);

    public sealed record DelegateRequest(Guid? PersonId);

    public sealed record DeadlineRequest(DateTimeOffset? DueAt);

    public static IEndpointRouteBuilder MapTaskEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks");
        group.MapGet("/", async (bool? mine, CurrentUser user, InboxQueries inbox, CancellationToken ct) =>
            TypedResults.Ok(await inbox.MineAsync(user, ct)))
            .WithSummary("Open tasks of the signed-in person, including those received as a substitute, nearest deadline first.");
        group.MapPost("/{id:guid}/complete", CompleteAsync)
            .WithSummary("Answers a task. Idempotency-Key makes a repeat return the first answer; If-Match: \"<revision>\" refuses a stale view.");
        group.MapPost("/{id:guid}/delegate", async (Guid id, DelegateRequest request, CurrentUser user, WorkflowRuntime runtime, Texts t, CancellationToken ct) =>
            request.PersonId is not { } personId
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = [t["Выберите коллегу."]] })
                : StepResults.From(await runtime.DelegateTaskAsync(id, user.PersonId, personId, ct), t));
        group.MapPost("/{id:guid}/deadline", Mail.TaskDeadlines.ChangeAsync)
            .WithSummary("Moves an open task's deadline (the base organisation's coordinator or director, or an administrator): its reminders are recomputed and the assignee is told.");
        return api;
    }

    private static async Task<IResult> CompleteAsync(
        Guid id,
        CompleteRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CurrentUser user,
        WorkflowRuntime runtime,
        CreditTransferDecisions decisions,
        Texts t,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Outcome))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["outcome"] = [t["Выберите решение."]] }, title: t["Проверьте введённые данные."]);
        }

        if (idempotencyKey is { Length: > 100 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = [t["Не длиннее 100 символов."]] });
        }

        int? expected = null;
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            if (!int.TryParse(ifMatch.Trim().Trim('"').Replace("W/", "", StringComparison.Ordinal).Trim('"'), out var revision))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = [t["Ожидается номер ревизии в кавычках, например \"3\"."]] });
            }

            expected = revision;
        }

        var data = request.Data;
        if (await decisions.PrepareAsync(id, request.Data, ct) is { } prepared)
        {
            if (prepared.Errors is { } errors)
            {
                return TypedResults.ValidationProblem(errors.ToDictionary(), title: t["Проверьте введённые данные."]);
            }

            data = prepared.Patch;
        }

        var result = await runtime.CompleteTaskAsync(new CompleteTask(id, user.PersonId, request.Outcome.Trim(), request.Comment, expected, idempotencyKey, data), ct);
        return StepResults.From(result, t);
    }
}
