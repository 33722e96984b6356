namespace AgreementFlow.Documents.Rendering;

/// <summary>Writes a rendered document as DOCX (Open XML).</summary>
public static class DocxDocumentWriter
{
    /// <summary>The DOCX package bytes.</summary>
    public static byte[] Write(RenderedDocument document) => [];
}
