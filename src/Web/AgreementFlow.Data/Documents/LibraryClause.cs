namespace AgreementFlow.Data.Documents;

/// <summary>A clause several templates share (e.g. the parties' liability), kept in versions of its own.</summary>
public sealed class LibraryClause
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    /// <summary>How templates refer to it, unique in the organisation.</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
