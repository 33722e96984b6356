namespace AgreementFlow.Workflows.Runtime.Instances;

/// <summary>One run of a route for one subject (an agreement, an amendment, a credit transfer).</summary>
/// <remarks>
/// Every step changes an instance in one transaction and bumps <see cref="Revision"/>, the optimistic
/// concurrency token: two steps racing on the same instance cannot both commit.
/// </remarks>
public sealed class WorkflowInstance
{
    public Guid Id { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public Definitions.SubjectKind SubjectKind { get; set; }

    /// <summary>The agreement or credit transfer this instance carries.</summary>
    public Guid SubjectId { get; set; }

    /// <summary>The instance this one was started from (an amendment's agreement), or null.</summary>
    public Guid? ParentInstanceId { get; set; }

    public required string Stage { get; set; }

    public InstanceStatus Status { get; set; }

    /// <summary>Incremented by every step; the concurrency token.</summary>
    public int Revision { get; set; }

    /// <summary>The instance data as a JSON object: what conditions, timers and documents read.</summary>
    public string Data { get; set; } = "{}";

    /// <summary>How many journal entries the instance has; the next entry's sequence number.</summary>
    public int JournalLength { get; set; }

    /// <summary>The hash of the last journal entry: the head of the hash chain.</summary>
    public string JournalHead { get; set; } = "";

    /// <summary>How many times the current stage has been entered (rounds of negotiation, returns).</summary>
    public int StageRound { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public DateTime StageEnteredAtUtc { get; set; }

    public DateTime? CompletedAtUtc { get; set; }

    public Guid? StartedByPersonId { get; set; }

    public List<WorkflowParty> Parties { get; } = [];
}
