namespace AgreementFlow.Workflows.Runtime.Idempotency;

/// <summary>The first answer to a request with an <c>Idempotency-Key</c>: a repeat gets it again and changes nothing.</summary>
public sealed class IdempotencyRecord
{
    public Guid PersonId { get; set; }

    public required string Key { get; set; }

    /// <summary>What the request asked, hashed: the same key with another request is refused.</summary>
    public required string RequestHash { get; set; }

    public int StatusCode { get; set; }

    public required string Response { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
