namespace AgreementFlow.Documents.Rendering;

/// <summary>What the editor shows beside the clauses: the rendered HTML, problems and the statutory checklist.</summary>
/// <param name="Html">The HTML fragment (clauses with errors are shown with their problem instead of text).</param>
/// <param name="Errors">Syntax and render errors; a template with errors cannot be published.</param>
/// <param name="Warnings">E.g. fields the text uses but the template does not declare.</param>
/// <param name="Statutory">The statutory checklist for this data.</param>
/// <param name="Document">The rendered document; null when there are errors.</param>
public sealed record TemplatePreview(
    string Html,
    IReadOnlyList<TemplateProblem> Errors,
    IReadOnlyList<TemplateProblem> Warnings,
    StatutoryCoverage Statutory,
    RenderedDocument? Document);
