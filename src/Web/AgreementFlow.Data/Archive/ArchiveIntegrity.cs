namespace AgreementFlow.Data.Archive;

/// <summary>What the last re-hash of a stored file found.</summary>
public enum ArchiveIntegrity
{
    /// <summary>Not re-hashed since it was written.</summary>
    Unchecked,

    /// <summary>The stored bytes hash to the recorded SHA-256.</summary>
    Intact,

    /// <summary>The stored bytes no longer hash to the recorded SHA-256.</summary>
    Tampered,

    /// <summary>The file is gone from storage.</summary>
    Missing,
}
