namespace AgreementFlow.Data.Signing;

/// <summary>A file kept with an agreement's signing: a detached signature, a signed scan, the certificate of completion.</summary>
public sealed class SigningFile
{
    public const int KindMaxLength = 32;
    public const int NameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;

    public const string SignatureKind = "signature";
    public const string ScanKind = "scan";
    public const string CertificateDocxKind = "certificate-docx";
    public const string CertificateHtmlKind = "certificate-html";

    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    public required string Kind { get; set; }

    public required string Name { get; set; }

    public required string ContentType { get; set; }

    public required string Sha256 { get; set; }

    public long Length { get; set; }

    public required byte[] Content { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public Guid? CreatedByPersonId { get; set; }
}
