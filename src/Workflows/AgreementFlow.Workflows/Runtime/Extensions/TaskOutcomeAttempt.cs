using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Tasks;

namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>A person's answer that an outcome guard is asked about, before it changes anything.</summary>
/// <param name="Instance">The instance (read it; do not change it).</param>
/// <param name="Task">The task the answer belongs to.</param>
/// <param name="Assignment">The person's part of the task, still open.</param>
/// <param name="Outcome">The outcome's id in the definition.</param>
/// <param name="PersonId">Who answers.</param>
public sealed record TaskOutcomeAttempt(WorkflowInstance Instance, HumanTask Task, TaskAssignment Assignment, string Outcome, Guid PersonId);
