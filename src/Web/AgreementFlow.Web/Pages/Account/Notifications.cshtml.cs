using AgreementFlow.Data.Mail;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Mail;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Account;

/// <summary>What e-mail the signed-in person gets: reminders one by one or as a daily digest, when, or none that are not essential.</summary>
public sealed class NotificationsModel(MailSettings settings, CurrentUser me, Texts t) : FormPageModel
{
    [BindProperty]
    public PreferencesInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var preference = await settings.PreferencesAsync(me.PersonId, cancellationToken);
        Input = new PreferencesInput
        {
            Delivery = preference.ReminderDelivery == ReminderDelivery.Immediate ? "immediate" : "digest",
            DigestTime = preference.DigestTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Unsubscribed = preference.UnsubscribedNonEssential,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await settings.SavePreferencesAsync(me.PersonId, Input, cancellationToken);
        if (ShowFailure(result) is { } failure)
        {
            return failure;
        }

        TempData["Notice"] = t["Настройки уведомлений сохранены."];
        return RedirectToPage();
    }
}
