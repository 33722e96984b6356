using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.Admin.Programs;

public sealed class IndexModel(ProgramService programs, OrganizationService organizations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? OrganizationId { get; set; }

    public IReadOnlyList<ProgramView> Programs { get; private set; } = [];

    public IReadOnlyList<OrganizationView> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organizations = await organizations.ListAsync(cancellationToken);
        Programs = await programs.ListAsync(OrganizationId, cancellationToken);
    }
}
