namespace AgreementFlow.Data.Documents;

/// <summary>Where a template or library clause version is in its lifecycle.</summary>
public enum TemplateVersionStatus
{
    /// <summary>Being edited; nothing is drafted from it.</summary>
    Draft,

    /// <summary>Frozen: agreements are drafted from it and it never changes again.</summary>
    Published,
}
