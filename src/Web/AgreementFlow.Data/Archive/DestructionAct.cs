namespace AgreementFlow.Data.Archive;

/// <summary>
/// The act of destruction of an archive record's files (152-FZ): who destroyed what and when. Kept after the files
/// are gone: it names the record's number, kind and title and each file's name and SHA-256.
/// </summary>
public sealed class DestructionAct
{
    public Guid Id { get; set; }

    public Guid RecordId { get; set; }

    public string? Number { get; set; }

    public required string Kind { get; set; }

    public required string Title { get; set; }

    public DateOnly RetentionEndsOn { get; set; }

    /// <summary>Each destroyed file as «role name sha256», one a line.</summary>
    public required string Files { get; set; }

    public Guid DestroyedByPersonId { get; set; }

    public required string DestroyedByName { get; set; }

    public DateTime DestroyedAtUtc { get; set; }
}
