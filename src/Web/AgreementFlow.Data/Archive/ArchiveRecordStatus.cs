namespace AgreementFlow.Data.Archive;

/// <summary>Whether an archive record still holds its files.</summary>
public enum ArchiveRecordStatus
{
    /// <summary>The files are kept.</summary>
    Kept,

    /// <summary>Retention ended and an administrator destroyed the files; the act of destruction remains.</summary>
    Destroyed,
}
