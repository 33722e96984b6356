using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>Drafts one agreement and starts its route; the agreement's page follows.</summary>
public sealed class NewModel(
    BoardQueries board, AgreementService agreements, CurrentUser me, Texts t)
    : DraftPageModel(board, me)
{
    public override string PartnersLegend => t["Организации-участники"];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadChoicesAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadChoicesAsync(cancellationToken))
        {
            return Forbid();
        }

        var (input, formErrors) = Input.ToInput(t);
        if (!formErrors.IsEmpty)
        {
            var (_, serviceErrors) = await agreements.ValidateAsync(input, cancellationToken);
            return ShowFailure(CommandResult<AgreementCreated>.Invalid(DraftForm.Merge(formErrors, serviceErrors)))!;
        }

        var result = await agreements.CreateAsync(input, Drafter, cancellationToken);
        if (ShowFailure(result) is { } failure)
        {
            return failure;
        }

        TempData["Notice"] = t["Договор создан. Первая задача — подготовить проект — у координатора базовой организации."];
        return Redirect($"/agreements/{result.Value!.Id}");
    }
}
