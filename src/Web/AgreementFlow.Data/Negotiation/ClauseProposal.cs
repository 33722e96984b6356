namespace AgreementFlow.Data.Negotiation;

/// <summary>
/// A proposed new text for one clause (Handlebars with the Markdown subset, like a template clause), with the proposer's note.
/// The base organisation's legal staff accept it (a new document version with the clause changed) or reject it with a reason.
/// </summary>
public sealed class ClauseProposal
{
    public const int TextMaxLength = 8000;
    public const int NoteMaxLength = 2000;

    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    public required string ClauseId { get; set; }

    public required string ProposedText { get; set; }

    public string? Note { get; set; }

    public Guid ProposerPersonId { get; set; }

    /// <summary>The party the proposer spoke for.</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>The document version the proposal was made against.</summary>
    public int DocumentVersion { get; set; }

    public ProposalStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public Guid? DecidedByPersonId { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>Why it was rejected (required) or a remark on accepting.</summary>
    public string? DecisionReason { get; set; }

    /// <summary>The version accepting it produced.</summary>
    public int? ResultDocumentVersion { get; set; }
}
