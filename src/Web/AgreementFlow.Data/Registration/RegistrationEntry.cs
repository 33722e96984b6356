namespace AgreementFlow.Data.Registration;

/// <summary>A line of an organisation's registration journal: the number a document was given, and when.</summary>
public sealed class RegistrationEntry
{
    public const int NumberMaxLength = 100;
    public const int PeriodMaxLength = 8;
    public const int TitleMaxLength = 300;

    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public string Period { get; set; } = "";

    public int Sequence { get; set; }

    public required string Number { get; set; }

    /// <summary>The organisation's local date of registration: the date that goes with the number on the document.</summary>
    public DateOnly RegisteredOn { get; set; }

    public DateTime RegisteredAtUtc { get; set; }

    public RegisteredDocumentKind DocumentKind { get; set; }

    /// <summary>The agreement (or other subject) that carries the number; registered once per journal.</summary>
    public Guid SubjectId { get; set; }

    public required string Title { get; set; }
}
