namespace AgreementFlow.Data.Archive;

/// <summary>
/// An archived agreement: what it was (kind, number, title, parties, programmes, term), the files kept for it
/// (content-addressed by SHA-256) and until when they are kept. Committed only after every file is on disk.
/// </summary>
public sealed class ArchiveRecord
{
    public const int KindMaxLength = 32;
    public const int NumberMaxLength = 100;
    public const int TitleMaxLength = 300;
    public const int ListMaxLength = 2000;

    public Guid Id { get; set; }

    /// <summary>The agreement archived; one record per agreement.</summary>
    public Guid SubjectId { get; set; }

    public Guid InstanceId { get; set; }

    public Guid BaseOrganizationId { get; set; }

    /// <summary><c>agreement</c> or <c>amendment</c>: what the retention period is chosen by.</summary>
    public required string Kind { get; set; }

    public string? Number { get; set; }

    public required string Title { get; set; }

    /// <summary>The parties' short names, base first, separated by «; » — organisations only, nobody's name.</summary>
    public required string Parties { get; set; }

    /// <summary>The programmes' names, separated by «; ».</summary>
    public required string Programs { get; set; }

    /// <summary>The year the term starts: what the archive is searched by.</summary>
    public int Year { get; set; }

    public DateOnly TermFrom { get; set; }

    public DateOnly TermTo { get; set; }

    /// <summary>The stage the route ended in before the archive: expired, terminated, rejected.</summary>
    public required string EndedAs { get; set; }

    public DateTime ArchivedAtUtc { get; set; }

    /// <summary>The day after which the files may be destroyed: the term's end plus the kind's retention years.</summary>
    public DateOnly RetentionEndsOn { get; set; }

    public ArchiveRecordStatus Status { get; set; }

    public DateTime? DestroyedAtUtc { get; set; }

    /// <summary>Number, title, parties and programmes in lower case: what the archive's text search looks in.</summary>
    public string SearchText { get; set; } = "";

    public List<ArchiveFile> Files { get; } = [];
}
