using System.Text.Json;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;

namespace AgreementFlow.Web.Api;

/// <summary>
/// A body that is not JSON, or JSON of the wrong shape, is the caller's mistake: a 400 that says where,
/// never a 500. Any other exception is left to the generic handler, which shows no stack trace.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems, Texts t) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var detail = badRequest.InnerException is JsonException json
            ? t.Format("Тело запроса — не тот JSON, что ожидается: {0} (путь {1}).", FirstLine(json.Message), json.Path ?? "$")
            : badRequest.Message;
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = badRequest.StatusCode, Title = t["Некорректный запрос."], Detail = detail },
            Exception = exception,
        });
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
