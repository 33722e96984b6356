using AgreementFlow.Web.Archive;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.Verify;

/// <summary>
/// Public verification, no sign-in: upload a file or paste its SHA-256; the page says whether it is an authentic archived
/// document and shows its number, kind, parties and dates — nothing personal. With <c>Accept: application/json</c> the
/// same address answers JSON.
/// </summary>
[AllowAnonymous]
[RequestSizeLimit(ArchiveEndpoints.MaxUploadBytes + 1024 * 1024)]
public sealed class IndexModel(ArchiveService archive) : PageModel
{
    public Verification? Result { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Sha256 { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Sha256))
        {
            return Page();
        }

        var wantsJson = Request.Headers.Accept.Any(a => a is not null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase));
        if (!ArchiveStorage.IsSha256(Sha256.Trim()))
        {
            Problem = "SHA-256 — ровно 64 шестнадцатеричных знака.";
            return wantsJson ? BadRequest(new { errors = new { sha256 = new[] { Problem } } }) : Page();
        }

        Result = await archive.VerifyAsync(Sha256.Trim(), cancellationToken);
        return wantsJson ? new JsonResult(Result, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)) : Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Problem = "Выберите файл для проверки.";
            return Page();
        }

        if (file.Length > ArchiveEndpoints.MaxUploadBytes)
        {
            Problem = "Файл больше 50 МБ: в архиве таких нет.";
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        Result = await archive.VerifyAsync(ArchiveStorage.Sha256(buffer.ToArray()), cancellationToken);
        Sha256 = Result.Sha256;
        return Page();
    }
}
