namespace AgreementFlow.Data.Negotiation;

/// <summary>
/// A comment on one clause of an agreement's document: a thread's first comment (<see cref="ParentId"/> null) or a reply to it.
/// The text is stored as typed and always shown encoded. A thread is resolved or reopened as a whole, on its first comment.
/// </summary>
public sealed class ClauseComment
{
    public const int TextMaxLength = 4000;
    public const int ClauseIdMaxLength = 100;

    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    /// <summary>The template clause's id, as the document's anchors name it (<c>#clause-{id}</c>).</summary>
    public required string ClauseId { get; set; }

    /// <summary>The thread's first comment; null for that comment itself.</summary>
    public Guid? ParentId { get; set; }

    public Guid AuthorPersonId { get; set; }

    /// <summary>The party the author spoke for.</summary>
    public Guid OrganizationId { get; set; }

    public required string Text { get; set; }

    /// <summary>The document version the author was reading.</summary>
    public int DocumentVersion { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the thread was marked resolved (first comments only); null while open.</summary>
    public DateTime? ResolvedAtUtc { get; set; }

    public Guid? ResolvedByPersonId { get; set; }
}
