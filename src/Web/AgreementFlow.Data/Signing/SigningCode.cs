namespace AgreementFlow.Data.Signing;

/// <summary>
/// A one-time code for a simple e-signature, kept only as a salted SHA-256, bound to the signer's task and the document version
/// and hash it was sent for.
/// </summary>
public sealed class SigningCode
{
    public const int HashLength = 64;
    public const int SaltLength = 32;

    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    public Guid AssignmentId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>Lower-case hex of 16 random bytes.</summary>
    public required string Salt { get; set; }

    /// <summary>Lower-case hex SHA-256 of the salt and the code.</summary>
    public required string CodeHash { get; set; }

    public int DocumentVersion { get; set; }

    public required string DocumentSha256 { get; set; }

    public SigningCodeStatus Status { get; set; }

    public int FailedAttempts { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }
}
