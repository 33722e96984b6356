namespace AgreementFlow.Data.CreditTransfers;

/// <summary>One student of an application, with what they achieved and what was decided.</summary>
public sealed class CreditTransferStudent
{
    public Guid Id { get; set; }

    public Guid CreditTransferId { get; set; }

    public int Position { get; set; }

    public required string FullName { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>Hours completed in the source programme.</summary>
    public int Hours { get; set; }

    /// <summary>The result or assessment achieved (e.g. «зачтено», «отлично»).</summary>
    public required string Result { get; set; }

    public CreditDecision Decision { get; set; }

    /// <summary>Hours credited for a partial credit.</summary>
    public int? CreditedHours { get; set; }

    /// <summary>Why a credit was partial or refused.</summary>
    public string? Reason { get; set; }
}
