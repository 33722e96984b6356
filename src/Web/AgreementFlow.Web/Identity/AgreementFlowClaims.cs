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
}
