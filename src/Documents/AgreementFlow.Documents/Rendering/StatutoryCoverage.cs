using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Documents.Rendering;

/// <summary>Which statutory items of 273-FZ art. 15 part 3 a template covers with given data.</summary>
/// <param name="Covered">Items covered by a clause that is shown and renders non-empty.</param>
/// <param name="Missing">Items no such clause covers, in the order of the law.</param>
public sealed record StatutoryCoverage(IReadOnlyList<StatutoryItem> Covered, IReadOnlyList<StatutoryItem> Missing)
{
    /// <summary>Whether every item is covered: the agreement may leave drafting, the template may be published.</summary>
    public bool IsComplete => Missing.Count == 0;

    /// <summary>The refusal in plain language, listing each missing item; empty when complete.</summary>
    /// <param name="language"><c>ru</c> or <c>en</c>.</param>
    public string DescribeMissing(string language = "ru") =>
        string.Join("; ", Missing.Select(item => StatutoryItems.Missing(item, language)));
}
