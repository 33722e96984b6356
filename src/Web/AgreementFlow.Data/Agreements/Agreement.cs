namespace AgreementFlow.Data.Agreements;

/// <summary>
/// A network-form agreement (or an additional agreement to one) between a base organisation and its
/// partners, carried through its route by a workflow instance.
/// </summary>
public sealed class Agreement
{
    public const int TitleMaxLength = 300;

    public Guid Id { get; set; }

    public AgreementKind Kind { get; set; }

    /// <summary>The agreement an amendment changes; null for an agreement.</summary>
    public Guid? ParentAgreementId { get; set; }

    public required string Title { get; set; }

    /// <summary>Title, number and parties' names in lower case: what the board's text filter searches.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The registration number, assigned when the agreement becomes active.</summary>
    public string? Number { get; set; }

    public Guid BaseOrganizationId { get; set; }

    public DateOnly TermFrom { get; set; }

    public DateOnly TermTo { get; set; }

    /// <summary>The structured content the documents use (duties, resources, student numbers…), as JSON.</summary>
    public string Data { get; set; } = "{}";

    /// <summary>The current stage of the route, kept in step with the instance for the board.</summary>
    public required string Stage { get; set; }

    /// <summary>The earliest deadline among its open tasks: the board sorts overdue first by it.</summary>
    public DateTime? NearestDueAtUtc { get; set; }

    public Guid WorkflowInstanceId { get; set; }

    /// <summary>The template version it was drafted from; null until templates exist.</summary>
    public Guid? TemplateVersionId { get; set; }

    /// <summary>The batch that created it, if any.</summary>
    public Guid? BatchId { get; set; }

    public Guid CreatedByPersonId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public List<AgreementParty> Parties { get; } = [];

    public List<AgreementProgram> Programs { get; } = [];
}
