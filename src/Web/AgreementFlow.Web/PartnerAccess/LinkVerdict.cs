namespace AgreementFlow.Web.PartnerAccess;

/// <summary>What opening a link found.</summary>
public enum LinkVerdict
{
    /// <summary>Signed by us, not expired, not revoked.</summary>
    Valid,

    /// <summary>Malformed, not signed by our key, altered, or naming no link of ours.</summary>
    Invalid,

    /// <summary>Past its expiry.</summary>
    Expired,

    /// <summary>Revoked by the coordinator or replaced by a newer link.</summary>
    Revoked,
}
