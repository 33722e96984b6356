namespace AgreementFlow.Web.Negotiation;

/// <summary>A comment or a reply, as the API and the review page show it (the text exactly as typed; pages encode it).</summary>
public sealed record CommentView(
    Guid Id,
    Guid? ParentId,
    string ClauseId,
    Guid AuthorId,
    string Author,
    string Organization,
    string Text,
    int DocumentVersion,
    DateTime CreatedAtUtc);

/// <summary>A thread on a clause: its first comment, the replies in order, and whether it is resolved.</summary>
public sealed record CommentThread(
    Guid Id,
    string ClauseId,
    CommentView First,
    IReadOnlyList<CommentView> Replies,
    bool Resolved,
    DateTime? ResolvedAtUtc,
    string? ResolvedBy);

/// <summary>A proposed clause text and where it stands.</summary>
public sealed record ProposalView(
    Guid Id,
    string ClauseId,
    string ProposedText,
    string? Note,
    Guid ProposerId,
    string Proposer,
    string Organization,
    int DocumentVersion,
    string Status,
    DateTime CreatedAtUtc,
    string? DecidedBy,
    DateTime? DecidedAtUtc,
    string? DecisionReason,
    int? ResultDocumentVersion);

/// <summary>What accepting a proposal made: the new version, and the approvals it voided (their people have the task again).</summary>
public sealed record ProposalDecision(ProposalView Proposal, int? NewDocumentVersion, int VoidedApprovals, int ReissuedTasks);

/// <summary>
/// A round of negotiation: the agreement sent to the partners («Отправлено партнёру») or returned to the base
/// («Возвращено базовой организации»), with the document version it carried and the redline against the round before.
/// </summary>
public sealed record NegotiationRoundView(
    int Number,
    string Kind,
    string Title,
    DateTime AtUtc,
    int? DocumentVersion,
    int? ComparedWithVersion,
    string? RedlineUrl);

/// <summary>An approval bound to content: who approved which version (by its SHA-256), and whether a later change voided it.</summary>
public sealed record ContentApprovalView(
    Guid AssignmentId,
    string Stage,
    string TaskId,
    string Outcome,
    string Person,
    string Organization,
    int DocumentVersion,
    string DocxSha256,
    DateTime ApprovedAtUtc,
    bool Voided,
    int? VoidedByVersion);

/// <summary>A new comment or a reply.</summary>
public sealed record CommentRequest(string? ClauseId, string? Text);

/// <summary>Resolve (true) or reopen (false) a thread.</summary>
public sealed record ResolveRequest(bool? Resolved);

/// <summary>A proposed new text for a clause.</summary>
public sealed record ProposalRequest(string? ClauseId, string? Text, string? Note);

/// <summary>Legal's decision: a reason is required to reject, optional to accept.</summary>
public sealed record DecisionRequest(string? Reason);
