namespace AgreementFlow.Data.CreditTransfers;

/// <summary>A supporting document (справка об обучении, документ об обучении): a PDF or JPEG checked by its content.</summary>
public sealed class CreditTransferDocument
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public Guid Id { get; set; }

    public Guid CreditTransferId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}
