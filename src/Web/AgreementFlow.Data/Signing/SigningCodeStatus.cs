namespace AgreementFlow.Data.Signing;

/// <summary>Where a one-time signing code stands.</summary>
public enum SigningCodeStatus
{
    /// <summary>Sent and not yet used; valid until it expires.</summary>
    Pending,

    /// <summary>Signed with.</summary>
    Used,

    /// <summary>Too many wrong attempts: refused from then on.</summary>
    Locked,

    /// <summary>A newer code was requested.</summary>
    Superseded,
}
