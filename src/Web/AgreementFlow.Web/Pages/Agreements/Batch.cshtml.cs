using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>«Создать договоры с несколькими школами»: the shared data once, one agreement per chosen school, created in the background.</summary>
public sealed class BatchModel(
    BoardQueries board, AgreementService agreements, AgreementBatchService batches,
    CurrentUser me, Texts t)
    : DraftPageModel(board, me)
{
    public override string PartnersLegend => t["Школы-партнёры: по договору с каждой"];

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
            var (_, serviceErrors) = await agreements.ValidateAsync(input with { Title = null }, cancellationToken);
            return ShowFailure(CommandResult<BatchStarted>.Invalid(DraftForm.Merge(formErrors, serviceErrors)))!;
        }

        var result = await batches.StartAsync(new BatchInput(input.BaseOrganizationId, input.PartnerOrganizationIds, input.ProgramIds, input.Term, input.Data), Drafter, cancellationToken);
        if (ShowFailure(result) is { } failure)
        {
            return failure;
        }

        return Redirect($"/agreements/batches/{result.Value!.BatchId}");
    }
}
