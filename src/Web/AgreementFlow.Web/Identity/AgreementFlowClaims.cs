namespace AgreementFlow.Web.Identity;

/// <summary>The claim types of an AgreementFlow session.</summary>
public static class AgreementFlowClaims
{
    public const string PersonId = "af:person";
    public const string SecurityStamp = "af:stamp";
    public const string Administrator = "af:admin";

    /// <summary>One claim per membership, valued "{organizationId:N}:{Role}".</summary>
    public const string Membership = "af:membership";
    public const string Language = "af:lang";

    /// <summary>A partner's link session: the one agreement it may reach ("{agreementId:N}").</summary>
    public const string ScopeAgreement = "af:scope";

    /// <summary>A partner's link session: one claim per allowed <see cref="PartnerAction"/> (its name).</summary>
    public const string ScopeAction = "af:scope-action";

    /// <summary>A partner's link session: the id of the link it was opened from (checked for revocation every request).</summary>
    public const string PartnerLink = "af:link";
}
