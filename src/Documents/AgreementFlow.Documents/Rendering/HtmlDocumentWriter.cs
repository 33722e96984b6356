namespace AgreementFlow.Documents.Rendering;

/// <summary>Writes a rendered document as semantic HTML.</summary>
public static class HtmlDocumentWriter
{
    /// <summary>An HTML fragment for embedding in a page or an e-mail.</summary>
    public static string WriteFragment(RenderedDocument document) => string.Empty;

    /// <summary>A complete HTML document with print CSS.</summary>
    public static string WritePage(RenderedDocument document) => string.Empty;
}
