using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Api;

/// <summary>Turns command results into HTTP answers: ProblemDetails for every expected failure.</summary>
internal static class ApiResults
{
    public static IResult From<T>(CommandResult<T> result, Func<T, IResult> onSuccess, Texts t)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.Outcome switch
        {
            CommandOutcome.Succeeded => onSuccess(result.Value!),
            CommandOutcome.Invalid => TypedResults.ValidationProblem(
                result.Errors!.ToDictionary(), title: t["Проверьте введённые данные."]),
            CommandOutcome.Conflict => TypedResults.Problem(
                detail: result.Message,
                statusCode: StatusCodes.Status409Conflict,
                title: t["Конфликт с существующими данными."],
                extensions: result.Errors is null ? null : new Dictionary<string, object?> { ["errors"] = result.Errors.ToDictionary() }),
            CommandOutcome.NotFound => TypedResults.Problem(detail: result.Message, statusCode: StatusCodes.Status404NotFound, title: t["Не найдено."]),
            CommandOutcome.Forbidden => TypedResults.Problem(detail: result.Message, statusCode: StatusCodes.Status403Forbidden, title: t["Нет доступа."]),
            CommandOutcome.NotAllowed => TypedResults.Problem(
                detail: result.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: t["Сейчас это сделать нельзя."],
                extensions: result.Errors is null ? null : new Dictionary<string, object?> { ["errors"] = result.Errors.ToDictionary() }),
            _ => throw new InvalidOperationException($"Unknown outcome {result.Outcome}."),
        };
    }

    public static IResult NotFound(string detail, Texts t) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: t["Не найдено."]);

    public static IResult Forbidden(string detail, Texts t) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: t["Нет доступа."]);
}
