using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.Admin.Organizations;

public sealed class IndexModel(OrganizationService organizations) : PageModel
{
    public IReadOnlyList<OrganizationView> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organizations = await organizations.ListAsync(cancellationToken);
}
