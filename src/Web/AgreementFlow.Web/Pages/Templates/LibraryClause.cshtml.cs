using AgreementFlow.Web.Common;
using AgreementFlow.Web.Documents.Library;
using AgreementFlow.Web.Documents.Templates;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Templates;

/// <summary>One library clause: its versions, editing the draft, publishing it, and the templates that use it.</summary>
public sealed class LibraryClauseModel(ClauseLibraryService library, IOrganizationTimeSource organizationTime, CurrentUser me, Texts t) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public NewClauseForm Draft { get; set; } = new();

    public LibraryClauseView Clause { get; private set; } = null!;

    public bool MayEdit { get; private set; }

    /// <summary>The clause's organisation's zone: publication times are shown in it.</summary>
    public string TimeZone { get; private set; } = "Europe/Moscow";

    public LibraryClauseVersionView? DraftVersion => Clause.Versions.LastOrDefault(v => v.Status == "draft");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Draft.Text = DraftVersion?.Text;
        Draft.Covers = [.. DraftVersion?.Covers ?? []];
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int version, CancellationToken cancellationToken) =>
        await DoAsync(library.UpdateVersionAsync(me, Id, version, new LibraryClauseVersionInput(Draft.Text, Draft.Covers), cancellationToken), t["Черновик сохранён."], cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(int version, CancellationToken cancellationToken)
    {
        var saved = await library.UpdateVersionAsync(me, Id, version, new LibraryClauseVersionInput(Draft.Text, Draft.Covers), cancellationToken);
        return saved.Succeeded
            ? await DoAsync(library.PublishAsync(me, Id, version, cancellationToken), t.Format("Версия {0} опубликована.", version), cancellationToken)
            : await DoAsync(Task.FromResult(saved), "", cancellationToken);
    }

    public async Task<IActionResult> OnPostNewVersionAsync(CancellationToken cancellationToken) =>
        await DoAsync(library.AddVersionAsync(me, Id, cancellationToken), t["Создан черновик новой версии."], cancellationToken);

    private async Task<IActionResult> DoAsync(Task<CommandResult<LibraryClauseVersionView>> action, string notice, CancellationToken cancellationToken)
    {
        var result = await action;
        if (result.Succeeded)
        {
            TempData["Notice"] = notice;
            return Redirect($"/templates/library/{Id}");
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return ShowFailure(result)!;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await library.GetAsync(me, Id, cancellationToken);
        if (!result.Succeeded)
        {
            return false;
        }

        Clause = result.Value!;
        MayEdit = TemplateService.MayEdit(me, Clause.OrganizationId);
        TimeZone = (await organizationTime.GetAsync(Clause.OrganizationId, cancellationToken)).Zone.Id;
        return true;
    }
}
