namespace AgreementFlow.Documents.Templates;

/// <summary>Wording of the statutory items for the editor's checklist and for refusals.</summary>
public static class StatutoryItems
{
    /// <summary>Every item in the order of the law.</summary>
    public static IReadOnlyList<StatutoryItem> All { get; } =
        [StatutoryItem.ProgramKind, StatutoryItem.StudentStatus, StatutoryItem.DeliveryAndResources, StatutoryItem.IssuedDocuments, StatutoryItem.TermAndChanges];

    /// <summary>What the item asks for, as a checklist line.</summary>
    /// <param name="item">The item.</param>
    /// <param name="language"><c>ru</c> (default) or <c>en</c>.</param>
    public static string Describe(StatutoryItem item, string language) => IsEnglish(language)
        ? item switch
        {
            StatutoryItem.ProgramKind => "Type, level and/or focus of the programme",
            StatutoryItem.StudentStatus => "Status of students, admission rules and academic mobility",
            StatutoryItem.DeliveryAndResources => "Delivery conditions, distribution of duties and resources of each organisation",
            StatutoryItem.IssuedDocuments => "Documents on education or training issued and who issues them",
            StatutoryItem.TermAndChanges => "Term of the agreement and how it is changed and terminated",
            _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Unknown statutory item."),
        }
        : item switch
        {
            StatutoryItem.ProgramKind => "Вид, уровень и (или) направленность образовательной программы",
            StatutoryItem.StudentStatus => "Статус обучающихся, правила приёма и порядок академической мобильности",
            StatutoryItem.DeliveryAndResources => "Условия и порядок реализации программы, распределение обязанностей и ресурсы сторон",
            StatutoryItem.IssuedDocuments => "Выдаваемые документы об образовании и (или) об обучении и организации, которые их выдают",
            StatutoryItem.TermAndChanges => "Срок действия договора, порядок его изменения и прекращения",
            _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Unknown statutory item."),
        };

    /// <summary>The refusal wording when the item is missing, e.g. «не указан срок действия договора и порядок его изменения и прекращения».</summary>
    /// <param name="item">The missing item.</param>
    /// <param name="language"><c>ru</c> (default) or <c>en</c>.</param>
    public static string Missing(StatutoryItem item, string language) => IsEnglish(language)
        ? item switch
        {
            StatutoryItem.ProgramKind => "the type, level and/or focus of the programme is not stated",
            StatutoryItem.StudentStatus => "the status of students, admission rules and academic mobility are not stated",
            StatutoryItem.DeliveryAndResources => "the delivery conditions, distribution of duties and resources of each organisation are not stated",
            StatutoryItem.IssuedDocuments => "the documents issued on completion and who issues them are not stated",
            StatutoryItem.TermAndChanges => "the term of the agreement and how it is changed and terminated are not stated",
            _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Unknown statutory item."),
        }
        : item switch
        {
            StatutoryItem.ProgramKind => "не указаны вид, уровень и (или) направленность образовательной программы",
            StatutoryItem.StudentStatus => "не указаны статус обучающихся, правила приёма на обучение и порядок академической мобильности",
            StatutoryItem.DeliveryAndResources => "не указаны условия и порядок реализации программы, распределение обязанностей сторон и ресурсы, которые использует каждая из них",
            StatutoryItem.IssuedDocuments => "не указано, какие документы об образовании и (или) об обучении выдаются и какая организация их выдаёт",
            StatutoryItem.TermAndChanges => "не указан срок действия договора и порядок его изменения и прекращения",
            _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Unknown statutory item."),
        };

    private static bool IsEnglish(string language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
