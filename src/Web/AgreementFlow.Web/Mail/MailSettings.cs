using System.Globalization;
using AgreementFlow.Data.Mail;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Mail;

/// <summary>Reads and changes people's mail preferences and organisations' send windows; bad input changes nothing.</summary>
public sealed class MailSettings(AgreementFlowDbContext db, Texts t)
{
    /// <summary>The person's preferences, or the defaults when they never chose.</summary>
    public async Task<MailPreference> PreferencesAsync(Guid personId, CancellationToken cancellationToken) =>
        await db.MailPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken)
        ?? new MailPreference { PersonId = personId };

    public async Task<CommandResult<Unit>> SavePreferencesAsync(Guid personId, PreferencesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        ReminderDelivery? delivery = input.Delivery switch
        {
            "immediate" => ReminderDelivery.Immediate,
            "digest" => ReminderDelivery.Digest,
            _ => null,
        };
        if (delivery is null)
        {
            errors.Add("delivery", t["Выберите: каждое напоминание отдельным письмом или одна сводка в день."]);
        }

        var time = ParseTime(input.DigestTime, "digestTime", errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<Unit>.Invalid(errors);
        }

        var preference = await db.MailPreferences.SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if (preference is null)
        {
            preference = new MailPreference { PersonId = personId };
            db.MailPreferences.Add(preference);
        }

        preference.ReminderDelivery = delivery!.Value;
        preference.DigestTime = time!.Value;
        preference.UnsubscribedNonEssential = input.Unsubscribed;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Unit>.Success(Unit.Value);
    }

    /// <summary>The organisation's send window (the default when it has none); null when there is no such organisation.</summary>
    public async Task<SendWindow?> WindowAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            return null;
        }

        return await db.SendWindows.AsNoTracking().SingleOrDefaultAsync(w => w.OrganizationId == organizationId, cancellationToken)
            ?? new SendWindow { OrganizationId = organizationId };
    }

    public async Task<CommandResult<Unit>> SaveWindowAsync(Guid organizationId, SendWindowInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            return CommandResult<Unit>.NotFound(t["Организация не найдена."]);
        }

        var errors = new FieldErrors();
        var from = ParseTime(input.From, "from", errors);
        var to = ParseTime(input.To, "to", errors);
        if (from is { } f && to is { } e && e <= f)
        {
            errors.Add("to", t["Окно должно заканчиваться позже, чем начинается."]);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<Unit>.Invalid(errors);
        }

        var window = await db.SendWindows.SingleOrDefaultAsync(w => w.OrganizationId == organizationId, cancellationToken);
        if (window is null)
        {
            window = new SendWindow { OrganizationId = organizationId };
            db.SendWindows.Add(window);
        }

        window.From = from!.Value;
        window.To = to!.Value;
        window.Enabled = input.Enabled;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Unit>.Success(Unit.Value);
    }

    private TimeOnly? ParseTime(string? value, string field, FieldErrors errors)
    {
        if (TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, t["Укажите время в виде ЧЧ:ММ, например 08:30."]);
        return null;
    }
}
