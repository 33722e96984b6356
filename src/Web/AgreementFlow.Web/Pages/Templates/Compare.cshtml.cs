using AgreementFlow.Documents.Rendering;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Documents.Templates;
using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.Templates;

/// <summary>Two versions of a template compared clause by clause, word by word.</summary>
public sealed class CompareModel(TemplateService templates, CurrentUser me) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public int From { get; set; }

    [FromQuery]
    public int To { get; set; }

    public TemplateComparison Comparison { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await templates.CompareAsync(me, Id, From, To, cancellationToken);
        if (result.Outcome == CommandOutcome.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            return Forbid();
        }

        Comparison = result.Value!;
        Title = (await templates.FindAsync(me, Id, cancellationToken)).Value!.Title;
        return Page();
    }
}
