namespace AgreementFlow.Web.Pages.Templates;

/// <summary>The library page's form for a new clause, or the text and items of a draft version.</summary>
public sealed class NewClauseForm
{
    public Guid? OrganizationId { get; set; }

    public string? Key { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public List<string> Covers { get; set; } = [];
}
