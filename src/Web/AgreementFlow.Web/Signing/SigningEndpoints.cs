using AgreementFlow.Data.Signing;
using AgreementFlow.Web.Api;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Signing;

/// <summary><c>/api/agreements/{id}/signatures</c>: the signing state, codes, signing with a code or a file, each party's method.</summary>
internal static class SigningEndpoints
{
    public sealed record CodeRequest(string? Code);

    public sealed record MethodRequest(Guid? OrganizationId, SigningMethod? Method);

    public static IEndpointRouteBuilder MapSigningEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/agreements/{id:guid}").WithTags("Signing");
        group.MapGet("/signatures", async (Guid id, CurrentUser user, SigningService signing, Texts t, CancellationToken ct) =>
            ApiResults.From(await signing.StateAsync(user, id, ct), state => TypedResults.Ok(state), t))
            .AllowPartnerSession()
            .WithSummary("The final document and its SHA-256, the parties in signing order with their methods, the signatures and the kept files.");
        group.MapPost("/signatures/code", RequestCodeAsync)
            .AllowPartnerSession()
            .WithSummary("E-mails the signer a 6-digit code for the final document (simple e-signature); valid 10 minutes, rate-limited.");
        group.MapPost("/signatures", async (Guid id, CodeRequest request, HttpContext http, CurrentUser user, SigningService signing, Texts t, CancellationToken ct) =>
            ApiResults.From(await signing.SignWithCodeAsync(user, id, request.Code, ContextOf(http), ct), view => TypedResults.Ok(view), t))
            .AllowPartnerSession()
            .WithSummary("Signs with the e-mailed code: records the signature and answers the sign task in one transaction.");
        group.MapPost("/signatures/upload", UploadAsync)
            .AllowPartnerSession()
            .DisableAntiforgery()
            .WithSummary("Signs by upload (multipart field 'file'): a detached CMS .sig/.p7s over the final PDF, or the scan (PDF, JPEG) of the signed paper copy.");
        group.MapGet("/signatures/files/{fileId:guid}", async (Guid id, Guid fileId, CurrentUser user, SigningService signing, Texts t, CancellationToken ct) =>
            ApiResults.From(await signing.FileAsync(user, id, fileId, ct), file => TypedResults.File(file.Content, file.ContentType, file.Name), t))
            .AllowPartnerSession()
            .WithSummary("A file kept with the signing: a signature file, a scan, the certificate of completion.");
        group.MapGet("/signatures/document.{format:regex(^(pdf|docx)$)}", async (Guid id, string format, CurrentUser user, SigningService signing, Texts t, CancellationToken ct) =>
            ApiResults.From(await signing.FinalDocumentAsync(user, id, format, ct), file => TypedResults.File(file.Content, file.ContentType, file.Name), t))
            .AllowPartnerSession()
            .WithSummary("The final document being signed: its PDF/A (what a qualified signature is made over) or its DOCX.");
        group.MapPut("/signing-methods", async (Guid id, MethodRequest request, CurrentUser user, SigningService signing, Texts t, CancellationToken ct) =>
            ApiResults.From(await signing.ChooseMethodAsync(user, id, request.OrganizationId, request.Method, ct), method => TypedResults.Ok(new { request.OrganizationId, method }), t))
            .WithSummary("The base's coordinator sets how a party signs: simple, qualified or paper.");
        return api;
    }

    /// <summary>The signer's IP address and browser, recorded with the signature.</summary>
    public static SignerContext ContextOf(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new SignerContext(http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null);
    }

    private static async Task<IResult> RequestCodeAsync(Guid id, CurrentUser user, SigningService signing, Texts t, HttpContext http, CancellationToken ct)
    {
        var outcome = await signing.RequestCodeAsync(user, id, ct);
        if (outcome.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(detail: outcome.Result.Message, statusCode: StatusCodes.Status429TooManyRequests, title: t["Слишком много запросов."]);
        }

        return ApiResults.From(outcome.Result, sent => TypedResults.Ok(sent), t);
    }

    private static async Task<IResult> UploadAsync(Guid id, HttpContext http, CurrentUser user, SigningService signing, IOptions<SigningOptions> options, Texts t, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [t["Отправьте файл формой multipart/form-data в поле file."]] }, title: t["Проверьте введённые данные."]);
        }

        var form = await http.Request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        SigningUpload? upload = null;
        if (file is not null)
        {
            if (file.Length > options.Value.MaxUploadBytes)
            {
                upload = new SigningUpload(file.FileName, new byte[options.Value.MaxUploadBytes + 1]);
            }
            else
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                upload = new SigningUpload(file.FileName, buffer.ToArray());
            }
        }

        return ApiResults.From(await signing.UploadAsync(user, id, upload, ContextOf(http), ct), view => TypedResults.Ok(view), t);
    }
}
