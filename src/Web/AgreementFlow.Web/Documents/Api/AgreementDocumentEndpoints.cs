using AgreementFlow.Data.Documents;
using AgreementFlow.Web.Api;
using AgreementFlow.Web.Documents.Rendering;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Documents.Api;

/// <summary><c>/api/agreements/{id}/documents</c>: the rendered versions, their HTML, DOCX and PDF/A, the redline.</summary>
internal static class AgreementDocumentEndpoints
{
    public static IEndpointRouteBuilder MapAgreementDocumentEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/agreements/{id:guid}/documents").WithTags("Documents");
        group.MapGet("/", async (Guid id, CurrentUser user, AgreementDocuments documents, Texts t, CancellationToken ct) =>
                await documents.ListAsync(user, id, ct) is { } list ? TypedResults.Ok(list) : ApiResults.NotFound(t["Договор не найден."], t))
            .WithSummary("Every rendered version, newest first, with the SHA-256 of each output.");
        group.MapGet("/compare", async (Guid id, int from, int to, CurrentUser user, AgreementDocuments documents, Texts t, CancellationToken ct) =>
                await documents.CompareAsync(user, id, from, to, ct) is { } comparison
                    ? TypedResults.Ok(comparison)
                    : ApiResults.NotFound(t["Такой версии документа нет."], t))
            .WithSummary("The redline between two versions: per clause, word by word.");
        group.MapGet("/{version:int}.{format}", FileAsync)
            .WithSummary("A version as html, docx or pdf (pdf: 202 while it is being made, 503 when LibreOffice is missing).");
        return api;
    }

    private static async Task<IResult> FileAsync(
        Guid id, int version, string format, HttpContext http, CurrentUser user, AgreementDocuments documents, Texts t, CancellationToken ct)
    {
        if (format == "pdf")
        {
            var answer = await documents.PdfAsync(user, id, version, ct);
            switch (answer?.Status)
            {
                case null:
                    return ApiResults.NotFound(t["Такой версии документа нет."], t);
                case PdfStatus.Ready:
                    return TypedResults.File(answer.File!.Content, answer.File.ContentType, answer.File.FileName);
                case PdfStatus.Unavailable:
                    return TypedResults.Problem(
                        statusCode: StatusCodes.Status503ServiceUnavailable,
                        title: t["PDF недоступен."],
                        detail: t["На сервере не установлен LibreOffice, поэтому PDF не создаётся. HTML и DOCX доступны; администратор может установить LibreOffice (./run делает это сам)."]);
                default:
                    http.Response.Headers.RetryAfter = "2";
                    return TypedResults.Json(
                        new { status = "queued", message = t["PDF готовится"], retryAfterSeconds = 2, previousError = answer.Error },
                        statusCode: StatusCodes.Status202Accepted);
            }
        }

        if (format is not ("html" or "docx"))
        {
            return ApiResults.NotFound(t["Есть форматы html, docx и pdf."], t);
        }

        return await documents.FileAsync(user, id, version, format, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, format == "html" ? null : file.FileName)
            : ApiResults.NotFound(t["Такой версии документа нет."], t);
    }
}
