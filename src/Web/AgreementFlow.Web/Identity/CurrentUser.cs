using System.Security.Claims;
using AgreementFlow.Data.Organizations;

namespace AgreementFlow.Web.Identity;

/// <summary>The signed-in person as the session's claims describe them (refreshed from the database every request).</summary>
public sealed class CurrentUser(ClaimsPrincipal principal)
{
    public bool IsSignedIn => principal.Identity?.IsAuthenticated == true && PersonIdOrNull is not null;

    public Guid? PersonIdOrNull =>
        Guid.TryParse(principal.FindFirst(AgreementFlowClaims.PersonId)?.Value, out var id) ? id : null;

    public Guid PersonId => PersonIdOrNull ?? throw new InvalidOperationException("No person is signed in.");

    public string Name => principal.Identity?.Name ?? "";

    public bool IsAdministrator => principal.HasClaim(AgreementFlowClaims.Administrator, "true");

    public IReadOnlyList<(Guid OrganizationId, OrganizationRole Role)> Memberships =>
        [.. principal.FindAll(AgreementFlowClaims.Membership).Select(c => ParseMembership(c.Value)).OfType<(Guid, OrganizationRole)>()];

    public IReadOnlySet<Guid> OrganizationIds => Memberships.Select(m => m.OrganizationId).ToHashSet();

    public bool HasRole(Guid organizationId, params OrganizationRole[] roles) =>
        Memberships.Any(m => m.OrganizationId == organizationId && (roles.Length == 0 || roles.Contains(m.Role)));

    public bool HasAnyRole(params OrganizationRole[] roles) => Memberships.Any(m => roles.Contains(m.Role));

    /// <summary>True for a session opened from a partner's link: limited to one agreement and the actions the link allows.</summary>
    public bool IsPartnerSession => principal.HasClaim(c => c.Type == AgreementFlowClaims.ScopeAgreement);

    /// <summary>The one agreement a partner's link session may reach; null for a full session.</summary>
    public Guid? ScopedAgreementId =>
        Guid.TryParse(principal.FindFirst(AgreementFlowClaims.ScopeAgreement)?.Value, out var id) ? id : null;

    /// <summary>The link a partner's session was opened from; null for a full session.</summary>
    public Guid? PartnerLinkId =>
        Guid.TryParse(principal.FindFirst(AgreementFlowClaims.PartnerLink)?.Value, out var id) ? id : null;

    /// <summary>
    /// Whether the session's scope lets it do <paramref name="action"/> on <paramref name="agreementId"/>: always true for a full
    /// session (whose organisation and role checks still apply); for a partner's link session only on its agreement and its actions.
    /// </summary>
    public bool MayActOn(Guid agreementId, PartnerAction action) =>
        IsSignedIn && (!IsPartnerSession
            || (ScopedAgreementId == agreementId
                && principal.HasClaim(c => c.Type == AgreementFlowClaims.ScopeAction && c.Value == action.ToString())));

    public static string FormatMembership(Guid organizationId, OrganizationRole role) => $"{organizationId:N}:{role}";

    private static (Guid, OrganizationRole)? ParseMembership(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 2 && Guid.TryParse(parts[0], out var org) && Enum.TryParse<OrganizationRole>(parts[1], out var role)
            ? (org, role)
            : null;
    }
}
