using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Negotiation;

/// <summary>
/// Who may do what in an agreement's negotiation. Reading: the parties' staff (and administrators). Commenting and proposing:
/// staff of a party with a role there — for a partner's link session also only on its agreement with the action its link allows.
/// Deciding on proposals: the base organisation's legal staff.
/// </summary>
public sealed class NegotiationAccess(AgreementFlowDbContext db)
{
    /// <summary>The agreement with its parties, or null when there is none.</summary>
    public Task<Agreement?> FindAsync(Guid agreementId, CancellationToken cancellationToken) =>
        db.Agreements.AsNoTracking().Include(a => a.Parties).SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);

    /// <summary>Whether the user may read the negotiation of <paramref name="agreement"/>.</summary>
    public static bool MayView(CurrentUser user, Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(agreement);
        return user.MayActOn(agreement.Id, PartnerAction.View) && (user.IsAdministrator || PartyOf(user, agreement) is not null);
    }

    /// <summary>The party the user speaks for in <paramref name="agreement"/> when doing <paramref name="action"/>, or null if they may not.</summary>
    public static Guid? ActingParty(CurrentUser user, Agreement agreement, PartnerAction action)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(agreement);
        return user.MayActOn(agreement.Id, action) ? PartyOf(user, agreement) : null;
    }

    /// <summary>Whether the user is legal staff of the base organisation (who accept or reject proposals), in a full session.</summary>
    public static bool IsBaseLegal(CurrentUser user, Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(agreement);
        return !user.IsPartnerSession && user.HasRole(agreement.BaseOrganizationId, OrganizationRole.Legal);
    }

    /// <summary>The zone the user reads the negotiation's times in: their party's (the base first), else the base organisation's.</summary>
    public async Task<string> ReaderZoneAsync(CurrentUser user, Agreement agreement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(agreement);
        var organizationId = PartyOf(user, agreement) ?? agreement.BaseOrganizationId;
        return await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.TimeZoneId).SingleOrDefaultAsync(cancellationToken)
            ?? "Europe/Moscow";
    }

    private static Guid? PartyOf(CurrentUser user, Agreement agreement)
    {
        var mine = user.OrganizationIds;
        // The base first: a person on both sides speaks for the base.
        return agreement.Parties.OrderBy(p => p.IsBase ? 0 : 1).ThenBy(p => p.Position)
            .Where(p => mine.Contains(p.OrganizationId)).Select(p => (Guid?)p.OrganizationId).FirstOrDefault();
    }
}
