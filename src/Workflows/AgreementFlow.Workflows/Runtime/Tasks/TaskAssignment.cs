namespace AgreementFlow.Workflows.Runtime.Tasks;

/// <summary>
/// One person's part of a task: what the inbox shows and what <c>/api/tasks/{id}</c> names. Records who
/// acts (<see cref="AssigneePersonId"/>), for whom when a substitute acts (<see cref="ActingForPersonId"/>),
/// and who handed it over by delegation (<see cref="DelegatedByPersonId"/>).
/// </summary>
public sealed class TaskAssignment
{
    public Guid Id { get; set; }

    public Guid HumanTaskId { get; set; }

    public HumanTask? HumanTask { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary>The order in a sequential task; 0-based.</summary>
    public int Sequence { get; set; }

    /// <summary>The organisation in whose name the assignee acts.</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>The role the assignee acts in (director, legal…).</summary>
    public required string Role { get; set; }

    /// <summary>Who is to act; null when nobody holds the role (an incident says so).</summary>
    public Guid? AssigneePersonId { get; set; }

    /// <summary>The absent person a substitute acts for («и.о.»), or null.</summary>
    public Guid? ActingForPersonId { get; set; }

    /// <summary>The colleague who delegated this part to the assignee, or null.</summary>
    public Guid? DelegatedByPersonId { get; set; }

    public AssignmentStatus Status { get; set; }

    public string? Outcome { get; set; }

    public string? Comment { get; set; }

    /// <summary>The deadline; null for none.</summary>
    public DateTime? DueAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? OpenedAtUtc { get; set; }

    public DateTime? CompletedAtUtc { get; set; }

    public Guid? CompletedByPersonId { get; set; }
}
