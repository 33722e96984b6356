namespace AgreementFlow.Data.Signing;

/// <summary>
/// One party's signature of an agreement: who (and for whom, «и.о.»), in which organisation and role, by which method, over
/// which document version and hash, when, from where. Recorded in the same transaction as the answer to the sign task.
/// </summary>
public sealed class Signature
{
    public const int NameMaxLength = 200;
    public const int OrganizationNameMaxLength = 300;
    public const int RoleMaxLength = 32;
    public const int FormatMaxLength = 8;
    public const int IpMaxLength = 64;
    public const int UserAgentMaxLength = 500;
    public const int SubjectMaxLength = 1000;
    public const int NoteMaxLength = 500;

    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary>The signer's part of the sign task: one signature each.</summary>
    public Guid AssignmentId { get; set; }

    public Guid PersonId { get; set; }

    public required string PersonName { get; set; }

    /// <summary>The absent person a substitute signed for («и.о.»), or null.</summary>
    public Guid? ActingForPersonId { get; set; }

    public string? ActingForName { get; set; }

    public Guid OrganizationId { get; set; }

    public required string OrganizationName { get; set; }

    public required string Role { get; set; }

    public SigningMethod Method { get; set; }

    public int DocumentVersion { get; set; }

    /// <summary>Lower-case hex SHA-256 of the signed file (<see cref="DocumentFormat"/>).</summary>
    public required string DocumentSha256 { get; set; }

    /// <summary><c>pdf</c> (the final PDF/A), or <c>docx</c> where no PDF could be made.</summary>
    public required string DocumentFormat { get; set; }

    public DateTime SignedAtUtc { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    /// <summary>The uploaded signature file or scan, if any.</summary>
    public Guid? FileId { get; set; }

    /// <summary>The signer certificate's subject (CN, O, SNILS, INN) of a qualified signature.</summary>
    public string? CertificateSubject { get; set; }

    public SignatureVerification Verification { get; set; }

    public string? VerificationNote { get; set; }
}
