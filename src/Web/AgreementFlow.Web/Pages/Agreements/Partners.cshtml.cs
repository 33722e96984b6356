using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.PartnerAccess;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>«Контакты партнёров»: the base's coordinator names a contact at each partner, sends and re-sends their link, revokes links.</summary>
public sealed class PartnersModel(PartnerAccessService partners, AgreementFlowDbContext db, CurrentUser me, Texts t) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public PartnerContactsView View { get; private set; } = null!;

    /// <summary>The base's time zone: times on this page are the coordinator's local ones.</summary>
    public string Zone { get; private set; } = "Europe/Moscow";

    /// <summary>The partner whose form failed, to show its errors and keep what was typed.</summary>
    public Guid? FailedOrganizationId { get; private set; }

    [BindProperty]
    public Guid? OrganizationId { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostContactAsync(CancellationToken cancellationToken)
    {
        var result = await partners.SetContactAsync(Id, new PartnerContactInput(OrganizationId, Email, FullName, Role), me, cancellationToken);
        return await AfterAsync(result, t["Контакт сохранён."], cancellationToken);
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        var result = await partners.SendLinkAsync(Id, new PartnerLinkInput(OrganizationId), me, cancellationToken);
        return await AfterAsync(result, t["Ссылка отправлена; предыдущая отозвана."], cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid linkId, CancellationToken cancellationToken)
    {
        var result = await partners.RevokeAsync(linkId, me, cancellationToken);
        return await AfterAsync(result, t["Ссылка отозвана."], cancellationToken);
    }

    public string Local(DateTime utc) => LocalTime.Format(utc, Zone);

    private async Task<IActionResult> AfterAsync<T>(CommandResult<T> result, string notice, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            TempData["Notice"] = notice;
            return RedirectToPage(new { id = Id });
        }

        if (result.Outcome is CommandOutcome.NotFound or CommandOutcome.Forbidden)
        {
            return result.Outcome == CommandOutcome.NotFound ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }

        FailedOrganizationId = OrganizationId;
        var loaded = await LoadAsync(cancellationToken);
        return loaded ?? ShowFailure(result)!;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await partners.ListAsync(Id, me, cancellationToken);
        if (!result.Succeeded)
        {
            return result.Outcome == CommandOutcome.NotFound ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }

        View = result.Value!;
        var zone = await db.Agreements.AsNoTracking().Where(a => a.Id == Id)
            .Join(db.Organizations, a => a.BaseOrganizationId, o => o.Id, (a, o) => o.TimeZoneId).SingleAsync(cancellationToken);
        Zone = zone;
        return null;
    }
}
