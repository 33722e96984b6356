using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Documents.Library;
using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.Templates;

/// <summary>The clause library of the user's organisations; legal staff add clauses here.</summary>
public sealed class LibraryModel(ClauseLibraryService library, AgreementFlowDbContext db, CurrentUser me) : FormPageModel
{
    [BindProperty]
    public NewClauseForm New { get; set; } = new();

    public IReadOnlyList<LibraryClauseSummary> Clauses { get; private set; } = [];

    /// <summary>The organisations whose library the person may add to.</summary>
    public IReadOnlyList<Guid> EditableOrganizations { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await library.CreateAsync(me, new NewLibraryClauseInput(New.OrganizationId, New.Key, New.Title, New.Text, New.Covers), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"/templates/library/{result.Value!.Id}");
        }

        await LoadAsync(cancellationToken);
        return ShowFailure(result)!;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Clauses = (await library.ListAsync(me, null, cancellationToken)).Value ?? [];
        EditableOrganizations = [.. me.Memberships.Where(m => m.Role == OrganizationRole.Legal).Select(m => m.OrganizationId).Distinct()];
        New.OrganizationId ??= EditableOrganizations.Count > 0 ? EditableOrganizations[0] : null;
        var ids = Clauses.Select(c => c.OrganizationId).Concat(EditableOrganizations).Distinct().ToList();
        Names = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
    }
}
