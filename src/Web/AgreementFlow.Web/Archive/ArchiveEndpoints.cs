using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Api;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Archive;

/// <summary>
/// <c>/api/archive</c> (search, a record, its files, retention and destruction), <c>/api/verify</c> (public, no sign-in)
/// and <c>/api/agreements/{id}/approval-sheet.{html|docx|pdf}</c>.
/// </summary>
internal static class ArchiveEndpoints
{
    public const long MaxUploadBytes = 50L * 1024 * 1024;

    public static IEndpointRouteBuilder MapArchiveEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/archive").WithTags("Archive");
        group.MapGet("/", SearchAsync).WithSummary("Archived agreements the caller may see: q (number, party, programme, title), year, kind (agreement|amendment).");
        group.MapGet("/{id:guid}", async (Guid id, CurrentUser user, ArchiveService archive, Texts t, CancellationToken ct) =>
                await archive.FindAsync(user, id, ct) is { } record ? TypedResults.Ok(record) : ApiResults.NotFound(t["Записи архива нет или она вам не видна."], t))
            .WithSummary("One archive record with its files' hashes and, once destroyed, the act of destruction.");
        group.MapGet("/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, CurrentUser user, ArchiveService archive, Texts t, CancellationToken ct) =>
                await archive.DownloadAsync(user, id, fileId, ct) is { } file
                    ? TypedResults.File(file.Content, file.ContentType, file.FileName)
                    : ApiResults.NotFound(t["Файла нет в архиве или он вам не виден."], t))
            .WithSummary("Downloads a stored file.");
        group.MapGet("/due-for-destruction", async (CurrentUser user, ArchiveService archive, Texts t, CancellationToken ct) =>
                user.IsAdministrator ? TypedResults.Ok(await archive.DueForDestructionAsync(ct)) : ApiResults.Forbidden(t["Список к уничтожению видит администратор."], t))
            .WithSummary("Kept records whose retention has ended (administrators).");
        group.MapGet("/destruction-acts", async (CurrentUser user, ArchiveService archive, Texts t, CancellationToken ct) =>
                user.IsAdministrator ? TypedResults.Ok(await archive.ActsAsync(ct)) : ApiResults.Forbidden(t["Акты об уничтожении видит администратор."], t))
            .WithSummary("Acts of destruction, newest first (administrators).");
        group.MapPost("/{id:guid}/destroy", async (Guid id, CurrentUser user, ArchiveService archive, Texts t, CancellationToken ct) =>
                ApiResults.From(await archive.DestroyAsync(user, id, ct), act => TypedResults.Ok(act), t))
            .WithSummary("Destroys a record's files after its retention has ended and keeps the act (administrators; 409 while retention runs).");

        api.MapGet("/verify/{sha256}", async (string sha256, ArchiveService archive, Texts t, CancellationToken ct) =>
                ArchiveStorage.IsSha256(sha256) ? (IResult)TypedResults.Ok(await archive.VerifyAsync(sha256, ct)) : BadHash(t))
            .AllowAnonymous().WithTags("Verification").WithSummary("Whether a SHA-256 is an archived file, re-hashing the stored copy (no sign-in).");
        api.MapPost("/verify", VerifyUploadAsync)
            .AllowAnonymous().DisableAntiforgery().WithTags("Verification").WithSummary("Verifies an uploaded file (multipart, field 'file'; no sign-in).");

        api.MapGet("/agreements/{id:guid}/approval-sheet.{format}", ApprovalSheetAsync)
            .WithTags("Archive").WithSummary("The agreement's approval sheet as html, docx or pdf, from its journal now.");
        return api;
    }

    private static async Task<IResult> SearchAsync(string? q, int? year, string? kind, CurrentUser user, ArchiveService archive, Texts t, CancellationToken ct)
    {
        Dictionary<string, string[]> errors = [];
        if (year is < 2000 or > 2100)
        {
            errors["year"] = [t["Год — от 2000 до 2100."]];
        }

        if (kind is not (null or "" or "agreement" or "amendment"))
        {
            errors["kind"] = [t["Вид — agreement или amendment."]];
        }

        if (q is { Length: > 200 })
        {
            errors["q"] = [t["Строка поиска — не длиннее 200 знаков."]];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors, title: t["Проверьте введённые данные."])
            : TypedResults.Ok(await archive.SearchAsync(user, q, year, kind, ct));
    }

    private static async Task<IResult> VerifyUploadAsync(HttpRequest request, ArchiveService archive, Texts t, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [t["Пришлите файл как multipart/form-data в поле file."]] }, title: t["Проверьте введённые данные."]);
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [t["Выберите файл для проверки."]] }, title: t["Проверьте введённые данные."]);
        }

        if (file.Length > MaxUploadBytes)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [t["Файл больше 50 МБ: в архиве таких нет."]] }, title: t["Проверьте введённые данные."]);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return TypedResults.Ok(await archive.VerifyAsync(ArchiveStorage.Sha256(buffer.ToArray()), ct));
    }

    private static async Task<IResult> ApprovalSheetAsync(
        Guid id, string format, CurrentUser user, AgreementQueries agreements, AgreementFlowDbContext db, ApprovalSheets sheets, IPdfConverter pdf, Texts t, CancellationToken ct)
    {
        if (format is not ("html" or "docx" or "pdf"))
        {
            return ApiResults.NotFound(t["Есть форматы html, docx и pdf."], t);
        }

        var visible = await agreements.Visible(user).AnyAsync(a => a.Id == id, ct);
        var agreement = visible ? await db.Agreements.AsNoTracking().SingleAsync(a => a.Id == id, ct) : null;
        if (agreement is null)
        {
            return ApiResults.NotFound(t["Договор не найден."], t);
        }

        var sheet = await sheets.RenderAsync(agreement, ct);
        var name = $"approval-sheet-{agreement.Number ?? agreement.Id.ToString("N")[..8]}".Replace('/', '-');
        switch (format)
        {
            case "html":
                return TypedResults.Content(sheet.Html, "text/html; charset=utf-8");
            case "docx":
                return TypedResults.File(sheet.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
            default:
                if (!pdf.IsAvailable)
                {
                    return TypedResults.Problem(
                        statusCode: StatusCodes.Status503ServiceUnavailable,
                        title: t["PDF недоступен."],
                        detail: t["На сервере не установлен LibreOffice, поэтому PDF не создаётся. HTML и DOCX доступны; администратор может установить LibreOffice (./run делает это сам)."]);
                }

                return TypedResults.File(await pdf.ConvertDocxToPdfAAsync(sheet.Docx, ct), "application/pdf", name + ".pdf");
        }
    }

    private static ValidationProblem BadHash(Texts t) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sha256"] = [t["SHA-256 — ровно 64 шестнадцатеричных знака."]] }, title: t["Проверьте введённые данные."]);
}
