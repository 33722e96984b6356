using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Api;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.Registration;

/// <summary>An organisation's registration journal: the numbers it gave, with a year filter, CSV export and the number pattern.</summary>
public sealed class IndexModel(RegistrationService registration, AgreementService agreements, AgreementFlowDbContext db, CurrentUser user, Texts t) : FormPageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public Guid? OrganizationId { get; private set; }

    public RegistrationJournalView? Journal { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public string? Pattern { get; set; }

    public bool CanManage => OrganizationId is { } id && RegistrationEndpoints.CanManage(user, id);

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? organizationId, CancellationToken cancellationToken) =>
        await LoadAsync(organizationId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostPatternAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organizationId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var result = await registration.SetPatternAsync(organizationId, Pattern, cancellationToken);
        if (ShowFailure(result) is { } failure)
        {
            return failure;
        }

        Saved = true;
        Journal = await registration.GetJournalAsync(organizationId, Year, cancellationToken);
        return Page();
    }

    public string KindTitle(RegistrationLine line) => RegistrationEndpoints.KindTitle(line, t);

    public string StageTitle(RegistrationLine line) => line.Stage is null ? "" : agreements.StageTitle(
        line.Kind == Data.Registration.RegisteredDocumentKind.Amendment ? AgreementService.AmendmentRoute : AgreementService.AgreementRoute, line.Stage);

    private async Task<IActionResult?> LoadAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        var visible = user.IsAdministrator
            ? await db.Organizations.AsNoTracking().OrderBy(o => o.ShortName).Select(o => new { o.Id, o.ShortName }).ToListAsync(cancellationToken)
            : await db.Organizations.AsNoTracking().Where(o => user.OrganizationIds.Contains(o.Id)).OrderBy(o => o.ShortName).Select(o => new { o.Id, o.ShortName }).ToListAsync(cancellationToken);
        Organizations = [.. visible.Select(o => (o.Id, o.ShortName))];
        OrganizationId = organizationId ?? (Organizations.Count > 0 ? Organizations[0].Id : null);
        if (OrganizationId is not { } id)
        {
            return null;
        }

        if (!RegistrationEndpoints.CanRead(user, id))
        {
            return Forbid();
        }

        if (Year is < 2000 or > 2100)
        {
            Year = null;
        }

        Journal = await registration.GetJournalAsync(id, Year, cancellationToken);
        Pattern ??= Journal.Pattern;
        return null;
    }
}
