using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.Admin.People;

public sealed class IndexModel(PersonService people, OrganizationService organizations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? OrganizationId { get; set; }

    public IReadOnlyList<PersonView> People { get; private set; } = [];

    public IReadOnlyList<OrganizationView> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organizations = await organizations.ListAsync(cancellationToken);
        People = await people.ListAsync(OrganizationId is { } id ? new HashSet<Guid> { id } : null, cancellationToken);
    }
}
