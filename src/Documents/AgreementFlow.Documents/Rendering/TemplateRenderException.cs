namespace AgreementFlow.Documents.Rendering;

/// <summary>Thrown by <see cref="DocumentRenderer.Render"/> when the template has errors.</summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException()
        : this([])
    {
    }

    public TemplateRenderException(string message)
        : this([new TemplateProblem(null, null, null, message)])
    {
    }

    public TemplateRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new TemplateProblem(null, null, null, message)];
    }

    /// <summary>Creates the exception listing every problem.</summary>
    public TemplateRenderException(IReadOnlyList<TemplateProblem> problems)
        : base("Шаблон содержит ошибки: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    /// <summary>Every error of the template, with clause, line and column.</summary>
    public IReadOnlyList<TemplateProblem> Problems { get; }
}
