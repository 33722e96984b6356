using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Runtime;

namespace AgreementFlow.Web.Api;

/// <summary>Turns the runtime's step results into HTTP answers.</summary>
internal static class StepResults
{
    public static IResult From(StepResult result, Texts t)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            StepStatus.Succeeded => TypedResults.Ok(new { instanceId = result.InstanceId, stage = result.Stage, revision = result.Revision }),
            StepStatus.NotFound => ApiResults.NotFound(result.Message ?? "", t),
            StepStatus.Forbidden => ApiResults.Forbidden(result.Message ?? "", t),
            StepStatus.Conflict => TypedResults.Problem(detail: result.Message, statusCode: StatusCodes.Status409Conflict, title: t["Конфликт с существующими данными."]),
            StepStatus.NotAllowed => TypedResults.Problem(detail: result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: t["Сейчас это сделать нельзя."],
                extensions: result.Reasons is { Count: > 0 } reasons ? new Dictionary<string, object?> { ["reasons"] = reasons } : null),
            _ => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [result.Field ?? "request"] = [result.Message ?? ""] }, title: t["Проверьте введённые данные."]),
        };
    }
}
