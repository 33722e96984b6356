using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>Re-checks, on every request of a partner's link session, that its link is still the person's, unrevoked and unexpired.</summary>
public static class PartnerSessions
{
    /// <summary>Set on the request when a link session was ended because its link was revoked or expired: pages then explain why.</summary>
    public const string EndedItem = "af:partner-link-ended";

    public static Task<bool> IsLinkValidAsync(AgreementFlowDbContext db, Guid linkId, Guid personId, Guid agreementId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PartnerLinks.AsNoTracking().AnyAsync(
            l => l.Id == linkId && l.PersonId == personId && l.AgreementId == agreementId && l.RevokedAtUtc == null && l.ExpiresAtUtc > nowUtc,
            cancellationToken);
    }
}
