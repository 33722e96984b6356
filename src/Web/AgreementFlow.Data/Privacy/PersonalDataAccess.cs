namespace AgreementFlow.Data.Privacy;

/// <summary>A record that someone read personal data (152-FZ): who, what, when.</summary>
public sealed class PersonalDataAccess
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>What was read, e.g. <c>credit-transfer</c>.</summary>
    public required string SubjectKind { get; set; }

    public Guid SubjectId { get; set; }

    /// <summary>e.g. <c>view</c>, <c>download-document</c>.</summary>
    public required string Action { get; set; }

    public DateTime AtUtc { get; set; }
}
