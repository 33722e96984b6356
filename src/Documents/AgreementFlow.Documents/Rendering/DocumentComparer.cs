using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Documents.Rendering;

/// <summary>Redlines: clause by clause, word by word.</summary>
public static class DocumentComparer
{
    /// <summary>Compares two rendered versions of a document.</summary>
    public static DocumentComparison Compare(RenderedDocument from, RenderedDocument to) => new([]);

    /// <summary>Compares two template versions on their clause source text.</summary>
    public static TemplateComparison CompareTemplates(TemplateContent from, TemplateContent to) => new([]);
}
