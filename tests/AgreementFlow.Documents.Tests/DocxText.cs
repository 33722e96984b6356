using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementFlow.Documents.Tests;

/// <summary>Reads a DOCX back: its text (paragraph per line) and the validator's errors.</summary>
internal static class DocxText
{
    public static string Extract(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        return string.Join("\n", body.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar => "\t",
            Break => "\n",
            _ => string.Empty,
        }))));
    }

    public static string HeaderText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", document.MainDocumentPart!.HeaderParts.Select(h => h.Header.InnerText));
    }

    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        return validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }
}
