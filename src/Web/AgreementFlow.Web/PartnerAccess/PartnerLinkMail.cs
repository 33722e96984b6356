using System.Text.Json;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Mail;
using AgreementFlow.Web.Mail.Content;
using AgreementFlow.Workflows.Calendars;
using AgreementFlow.Workflows.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>
/// The words of a <c>partner-link</c> e-mail, read at sending time: the deep link (its token re-derived from the row and the key,
/// never stored), the agreement, the partner and base names, the expiry in the partner's local time. Nothing to send once the link
/// was revoked or has expired.
/// </summary>
public sealed class PartnerLinkMail(AgreementFlowDbContext db, PartnerLinkTokens tokens, IOptions<MailOptions> options, TimeProvider clock)
{
    public async Task<bool> FillAsync(OutboxMessage message, IDictionary<string, object?> model, string language, IanaTimeZone zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(model);
        var payload = JsonDocument.Parse(message.Payload).RootElement;
        if (!payload.TryGetProperty("linkId", out var id) || !Guid.TryParse(id.GetString(), out var linkId))
        {
            return false;
        }

        var link = await db.PartnerLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link is null || link.RevokedAtUtc is not null || link.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime)
        {
            return false;
        }

        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Id == link.AgreementId)
            .Select(a => new { a.Title, a.BaseOrganizationId }).SingleOrDefaultAsync(cancellationToken);
        if (agreement is null)
        {
            return false;
        }

        var names = await db.Organizations.AsNoTracking().Where(o => o.Id == link.OrganizationId || o.Id == agreement.BaseOrganizationId)
            .ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
        var actions = PartnerActions.Parse(link.Actions);
        model["subjectTitle"] = agreement.Title;
        model["partnerName"] = names.GetValueOrDefault(link.OrganizationId) ?? "—";
        model["baseName"] = names.GetValueOrDefault(agreement.BaseOrganizationId) ?? "—";
        model["link"] = options.Value.PublicUrl.TrimEnd('/') + "/p/" + tokens.Create(link);
        model["expires"] = DeadlineText.Format(link.ExpiresAtUtc, zone, language);
        model["sign"] = actions.Contains(Identity.PartnerAction.Sign);
        return true;
    }

    /// <summary>
    /// Where a person who signs in only by links (a partner's contact without a password) opens an agreement's task: their newest
    /// live link to it, re-derived; null when they have none left (expired or revoked), with who to ask for a new one.
    /// </summary>
    public async Task<(string? Url, string Coordinator)> ForLinkOnlyPersonAsync(Guid personId, Guid agreementId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await db.PartnerLinks.AsNoTracking()
            .Where(l => l.PersonId == personId && l.AgreementId == agreementId && l.RevokedAtUtc == null && l.ExpiresAtUtc > now)
            .OrderByDescending(l => l.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var coordinator = await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId)
            .Join(db.People, a => a.CreatedByPersonId, p => p.Id, (a, p) => p.FullName + ", " + p.Email)
            .FirstOrDefaultAsync(cancellationToken) ?? "—";
        return (link is null ? null : options.Value.PublicUrl.TrimEnd('/') + "/p/" + tokens.Create(link), coordinator);
    }
}
