using AgreementFlow.Data.Signing;

namespace AgreementFlow.Web.Signing;

/// <summary>
/// The document being signed: the final version, and the hash a signature binds (<c>Format</c> <c>pdf</c> when the PDF/A is
/// ready, <c>docx</c> when no PDF can be made on this server; <c>Sha256</c> null while the PDF is still being made).
/// </summary>
public sealed record SigningDocument(int Version, string Reason, string? Format, string? Sha256, string DocxSha256, bool PdfPending);

/// <summary>One signature as the page and the API show it.</summary>
public sealed record SignatureView(
    Guid Id,
    Guid AssignmentId,
    string PersonName,
    string? ActingForName,
    string OrganizationName,
    string Role,
    SigningMethod Method,
    int DocumentVersion,
    string DocumentSha256,
    string DocumentFormat,
    DateTime SignedAtUtc,
    string SignedAtLocal,
    string? IpAddress,
    string? UserAgent,
    string? CertificateSubject,
    SignatureVerification Verification,
    string? VerificationNote,
    Guid? FileId);

/// <summary>One party in the signing order.</summary>
public sealed record SigningPartyView(Guid OrganizationId, string Name, bool IsBase, int Order, SigningMethod Method, string Status, string? SignerName, SignatureView? Signature);

/// <summary>A file kept with the signing (signature files, scans, the certificate of completion).</summary>
public sealed record SigningFileView(Guid Id, string Kind, string Name, string ContentType, string Sha256, long Length);

/// <summary>Everything the signing page shows, for the person looking at it.</summary>
public sealed record SigningState(
    Guid AgreementId,
    string Title,
    string? Number,
    string Stage,
    SigningDocument? Document,
    IReadOnlyList<SigningPartyView> Parties,
    IReadOnlyList<SignatureView> Signatures,
    IReadOnlyList<SigningFileView> Files,
    Guid? MyAssignmentId,
    SigningMethod? MyMethod,
    string? MyActingForName,
    bool MyTurnLater,
    DateTime? MyCodeExpiresAtUtc,
    bool MayChooseMethods);

/// <summary>A code was sent: to whom (masked) and until when it is valid.</summary>
public sealed record CodeSent(string Email, DateTime ExpiresAtUtc, int DocumentVersion, string DocumentSha256);

/// <summary>Who signs and from where: the request's IP address and user agent.</summary>
public sealed record SignerContext(string? IpAddress, string? UserAgent);

/// <summary>An uploaded signature file or scan.</summary>
public sealed record SigningUpload(string FileName, byte[] Content);
