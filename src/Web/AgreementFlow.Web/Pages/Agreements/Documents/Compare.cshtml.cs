using AgreementFlow.Documents.Rendering;
using AgreementFlow.Web.Documents.Rendering;
using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.Agreements.Documents;

/// <summary>
/// The redline between two versions of an agreement's document: per clause, word by word. A partner's link session may
/// open it for its own agreement (the e-mail that voids an approval and the review page's rounds link here).
/// </summary>
[PartnerAccessible]
public sealed class CompareModel(AgreementDocuments documents, CurrentUser me) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public int From { get; set; }

    [FromQuery]
    public int To { get; set; }

    public DocumentComparison Comparison { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!me.MayActOn(Id, PartnerAction.View))
        {
            return NotFound();
        }

        var found = await documents.CompareAsync(me, Id, From, To, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Comparison = found.Comparison;
        return Page();
    }
}
