using AgreementFlow.Data.Signing;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Signing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>
/// The signing page (<c>/agreements/{id}/sign</c>), for staff and partners' link sessions alike: the final document and its
/// SHA-256, who signs in which order and how, and the signer's one next step — the code, the signature file or the scan.
/// </summary>
[PartnerAccessible]
public sealed class SignModel(SigningService signing, CurrentUser me, IOptions<SigningOptions> options, Texts t) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public SigningState State { get; private set; } = null!;

    public long MaxUploadMegabytes => options.Value.MaxUploadBytes / (1024 * 1024);

    public int CodeValidityMinutes => options.Value.CodeValidityMinutes;

    public string MethodTitle(SigningMethod method) => SigningService.MethodTitle(method, t);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    /// <summary>«Подписать»: e-mails a code for the final document.</summary>
    public async Task<IActionResult> OnPostCodeAsync(CancellationToken cancellationToken)
    {
        var outcome = await signing.RequestCodeAsync(me, Id, cancellationToken);
        if (outcome.Result.Succeeded)
        {
            TempData["Notice"] = t.Format("Код отправлен на {0}. Он действует {1} минут.", outcome.Result.Value!.Email, CodeValidityMinutes);
            return Redirect($"/agreements/{Id}/sign#sign-now");
        }

        return await FailAsync(outcome.Result, outcome.RetryAfter is null ? null : StatusCodes.Status429TooManyRequests, cancellationToken);
    }

    /// <summary>Signs with the code from the e-mail.</summary>
    public async Task<IActionResult> OnPostSignAsync(string? code, CancellationToken cancellationToken)
    {
        var result = await signing.SignWithCodeAsync(me, Id, code, SigningEndpoints.ContextOf(HttpContext), cancellationToken);
        return result.Succeeded ? Signed() : await FailAsync(result, null, cancellationToken);
    }

    /// <summary>Signs by uploading a qualified signature file or the scan of the signed paper copy.</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        SigningUpload? upload = null;
        if (file is not null)
        {
            using var buffer = new MemoryStream();
            if (file.Length <= options.Value.MaxUploadBytes)
            {
                await file.CopyToAsync(buffer, cancellationToken);
            }
            else
            {
                buffer.SetLength(options.Value.MaxUploadBytes + 1);
            }

            upload = new SigningUpload(file.FileName, buffer.ToArray());
        }

        var result = await signing.UploadAsync(me, Id, upload, SigningEndpoints.ContextOf(HttpContext), cancellationToken);
        return result.Succeeded ? Signed() : await FailAsync(result, null, cancellationToken);
    }

    /// <summary>The base's coordinator sets a party's method.</summary>
    public async Task<IActionResult> OnPostMethodAsync(Guid? organizationId, SigningMethod? method, CancellationToken cancellationToken)
    {
        var result = await signing.ChooseMethodAsync(me, Id, organizationId, method, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Notice"] = t["Способ подписания сохранён."];
            return Redirect($"/agreements/{Id}/sign");
        }

        return await FailAsync(result, null, cancellationToken);
    }

    private RedirectResult Signed()
    {
        TempData["Notice"] = t["Подписано. Подпись записана вместе с хешем документа."];
        return Redirect($"/agreements/{Id}/sign");
    }

    private async Task<IActionResult> FailAsync<T>(CommandResult<T> result, int? status, CancellationToken cancellationToken)
    {
        if (result.Outcome is CommandOutcome.NotFound)
        {
            return NotFound();
        }

        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        ShowFailure(result);
        if (status is { } code)
        {
            Response.StatusCode = code;
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var state = await signing.StateAsync(me, Id, cancellationToken);
        if (!state.Succeeded)
        {
            return state.Outcome == CommandOutcome.NotFound ? NotFound() : Forbid();
        }

        State = state.Value!;
        return null;
    }
}
