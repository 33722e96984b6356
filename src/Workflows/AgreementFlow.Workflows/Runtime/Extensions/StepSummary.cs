namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>What a step did, for observers.</summary>
/// <param name="FromStage">The stage before the step.</param>
/// <param name="ToStage">The stage after it.</param>
/// <param name="NearestDueAtUtc">The earliest deadline among the instance's open assignments after the step, or null.</param>
public sealed record StepSummary(string FromStage, string ToStage, DateTime? NearestDueAtUtc);
