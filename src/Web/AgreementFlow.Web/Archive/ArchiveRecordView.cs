namespace AgreementFlow.Web.Archive;

/// <summary>An archive record as the archive page and API show it.</summary>
public sealed record ArchiveRecordView(
    Guid Id,
    Guid AgreementId,
    string Kind,
    string? Number,
    string Title,
    string Parties,
    string Programs,
    int Year,
    DateOnly TermFrom,
    DateOnly TermTo,
    string EndedAs,
    DateTime ArchivedAtUtc,
    DateOnly RetentionEndsOn,
    string Status,
    IReadOnlyList<ArchiveFileView> Files,
    DestructionActView? Destruction);
