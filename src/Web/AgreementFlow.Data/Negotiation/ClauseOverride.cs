namespace AgreementFlow.Data.Negotiation;

/// <summary>
/// An agreement's own text for one clause of its template, from an accepted proposal: the document renderer uses it instead of
/// the template's text in every later version of this agreement's document.
/// </summary>
public sealed class ClauseOverride
{
    public Guid AgreementId { get; set; }

    public required string ClauseId { get; set; }

    /// <summary>Handlebars with the Markdown subset, rendered with the same sandboxed renderer as the template.</summary>
    public required string Text { get; set; }

    /// <summary>The accepted proposal it came from.</summary>
    public Guid ProposalId { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
