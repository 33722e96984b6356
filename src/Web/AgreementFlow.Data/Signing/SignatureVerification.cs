namespace AgreementFlow.Data.Signing;

/// <summary>What is known of a signature's cryptographic validity.</summary>
public enum SignatureVerification
{
    /// <summary>Not a cryptographic signature (a code, a paper scan).</summary>
    NotApplicable,

    /// <summary>The CMS signature was verified over the document's bytes.</summary>
    Valid,

    /// <summary>Kept, but not verified: the algorithm (GOST) needs a crypto provider this server lacks. Never shown as valid.</summary>
    NotVerified,
}
