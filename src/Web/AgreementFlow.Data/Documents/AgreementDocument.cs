namespace AgreementFlow.Data.Documents;

/// <summary>
/// One rendered version of an agreement's document (v1 the draft, v2 after the partners' changes, …):
/// the data it was rendered from, the neutral rendered form the redline compares, and each output with its SHA-256.
/// </summary>
public sealed class AgreementDocument
{
    public const int ReasonMaxLength = 200;

    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    /// <summary>1, 2, …: unique per agreement.</summary>
    public int Version { get; set; }

    public Guid TemplateVersionId { get; set; }

    /// <summary>The template data it was rendered from, as JSON.</summary>
    public required string DataSnapshot { get; set; }

    /// <summary>The rendered document in the library's neutral JSON form.</summary>
    public required string Rendered { get; set; }

    public required string Html { get; set; }

    public required string HtmlSha256 { get; set; }

    public required byte[] Docx { get; set; }

    public required string DocxSha256 { get; set; }

    public PdfStatus PdfStatus { get; set; }

    public byte[]? Pdf { get; set; }

    public string? PdfSha256 { get; set; }

    public string? PdfError { get; set; }

    /// <summary>Why this version was made, in Russian: «черновик», «после изменений партнёра», …</summary>
    public required string Reason { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public Guid? CreatedByPersonId { get; set; }
}
