using AgreementFlow.Data.Signing;

namespace AgreementFlow.Web.Signing;

/// <summary>What a detached CMS signature file says: the signer's certificate subject and whether the signature holds.</summary>
/// <param name="Subject">CN, O, SNILS and INN of the signer's certificate, as people read them.</param>
/// <param name="Verification">Valid, or not verified (GOST); a signature that fails is an <paramref name="Error"/> instead.</param>
/// <param name="Note">Why it is not verified, or the algorithm it was verified with.</param>
/// <param name="Error">Why the file is refused; null when it is accepted.</param>
internal sealed record CmsInspection(string? Subject, SignatureVerification Verification, string? Note, string? Error);
