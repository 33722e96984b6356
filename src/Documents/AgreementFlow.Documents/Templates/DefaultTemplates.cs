namespace AgreementFlow.Documents.Templates;

/// <summary>The Russian templates the product ships.</summary>
public static class DefaultTemplates
{
    /// <summary>Every default template.</summary>
    public static IReadOnlyList<DefaultTemplate> All { get; } = [];
}
