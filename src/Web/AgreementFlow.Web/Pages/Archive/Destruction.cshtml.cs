using AgreementFlow.Web.Archive;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.Archive;

/// <summary>«К уничтожению»: records whose retention has ended, each destroyed on an administrator's confirmation; the acts stay listed.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class DestructionModel(ArchiveService archive, CurrentUser user, Texts t) : PageModel
{
    public IReadOnlyList<ArchiveRecordView> Due { get; private set; } = [];

    public IReadOnlyList<DestructionActView> Acts { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm)
        {
            Problem = t["Подтвердите уничтожение отметкой."];
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await archive.DestroyAsync(user, id, cancellationToken);
        if (!result.Succeeded)
        {
            Problem = t[result.Message ?? "Не удалось."];
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = t["Файлы уничтожены, акт об уничтожении сохранён."];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Due = await archive.DueForDestructionAsync(cancellationToken);
        Acts = await archive.ActsAsync(cancellationToken);
    }
}
