using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Runtime.Instances;

namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>A move out of a stage that a guard is asked about.</summary>
/// <param name="Instance">The instance, as it is before the move (read it; do not change it).</param>
/// <param name="FromStage">The stage it would leave.</param>
/// <param name="ToStage">The stage it would enter.</param>
/// <param name="Data">The instance data with the answer's data merged in.</param>
/// <param name="ActorPersonId">Who answered or ran the command.</param>
public sealed record StageExit(WorkflowInstance Instance, string FromStage, string ToStage, JsonObject Data, Guid? ActorPersonId);
