using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Instances;

namespace AgreementFlow.Workflows.Runtime;

/// <summary>Starts an instance of the latest version of <paramref name="DefinitionId"/> for a subject.</summary>
public sealed record StartWorkflow(
    string DefinitionId,
    SubjectKind SubjectKind,
    Guid SubjectId,
    IReadOnlyList<(Guid OrganizationId, PartyRole Role)> Parties,
    JsonObject Data,
    Guid? StartedByPersonId,
    Guid? ParentInstanceId = null,
    Guid? InstanceId = null);

/// <summary>A person answers their part of a task.</summary>
/// <param name="AssignmentId">The task as the inbox names it.</param>
/// <param name="PersonId">Who answers.</param>
/// <param name="Outcome">One of the task's outcomes.</param>
/// <param name="Comment">Required for outcomes that say so.</param>
/// <param name="ExpectedRevision">From <c>If-Match</c>: refuse if the instance has moved on.</param>
/// <param name="IdempotencyKey">A repeat with the same key gets the first answer and changes nothing.</param>
/// <param name="Data">Fields merged into the instance data with the answer (e.g. decisions per student).</param>
public sealed record CompleteTask(
    Guid AssignmentId,
    Guid PersonId,
    string Outcome,
    string? Comment,
    int? ExpectedRevision = null,
    string? IdempotencyKey = null,
    JsonObject? Data = null);
