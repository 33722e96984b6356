namespace AgreementFlow.Data.Archive;

/// <summary>One file of an archive record, stored once under its SHA-256 and re-hashed by the integrity job.</summary>
public sealed class ArchiveFile
{
    public const int RoleMaxLength = 32;
    public const int NameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;
    public const int Sha256Length = 64;

    public Guid Id { get; set; }

    public Guid RecordId { get; set; }

    /// <summary><c>document-pdf</c>, <c>document-docx</c>, <c>approval-sheet</c>, <c>certificate</c>, <c>signature</c>.</summary>
    public required string Role { get; set; }

    public required string Name { get; set; }

    public required string ContentType { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content: the file's address in storage.</summary>
    public required string Sha256 { get; set; }

    public long Length { get; set; }

    public ArchiveIntegrity Integrity { get; set; }

    public DateTime? CheckedAtUtc { get; set; }
}
