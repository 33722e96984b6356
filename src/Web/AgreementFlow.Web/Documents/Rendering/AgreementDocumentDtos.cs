using AgreementFlow.Data.Documents;
using AgreementFlow.Documents.Rendering;

namespace AgreementFlow.Web.Documents.Rendering;

/// <summary>One rendered version of an agreement's document, with the hash of each output.</summary>
public sealed record AgreementDocumentSummary(
    int Version,
    string Reason,
    DateTime CreatedAtUtc,
    Guid TemplateVersionId,
    int TemplateVersion,
    string HtmlSha256,
    string DocxSha256,
    PdfStatus PdfStatus,
    string? PdfSha256,
    string? PdfError);

/// <summary>A downloadable output.</summary>
public sealed record DocumentFile(byte[] Content, string ContentType, string FileName);

/// <summary>What a PDF request found: the file, or why there is none yet.</summary>
public sealed record PdfAnswer(PdfStatus Status, DocumentFile? File, string? Error);

/// <summary>Two versions of an agreement's document compared clause by clause, word by word.</summary>
public sealed record AgreementDocumentComparison(int From, int To, DocumentComparison Comparison);
