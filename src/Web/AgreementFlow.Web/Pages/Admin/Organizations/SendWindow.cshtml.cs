using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.Admin.Organizations;

/// <summary>When reminders may reach an organisation's people: its send window in local time, on its working days.</summary>
public sealed class SendWindowModel(MailSettings settings, AgreementFlowDbContext db, Texts t) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public SendWindowInput Input { get; set; } = new();

    public string OrganizationName { get; private set; } = "";

    public string TimeZone { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await settings.WindowAsync(Id, cancellationToken) is not { } window || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new SendWindowInput
        {
            From = window.From.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            To = window.To.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Enabled = window.Enabled,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await settings.SaveWindowAsync(Id, Input, cancellationToken);
        if (ShowFailure(result) is { } failure)
        {
            await LoadAsync(cancellationToken);
            return failure;
        }

        TempData["Notice"] = t["Окно рассылки сохранено."];
        return Redirect($"/admin/organizations/{Id}/send-window");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == Id).Select(o => new { o.ShortName, o.TimeZoneId }).SingleOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return false;
        }

        OrganizationName = organization.ShortName;
        TimeZone = organization.TimeZoneId;
        return true;
    }
}
