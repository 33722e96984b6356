namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary><c>{"workingDays": 3}</c> or <c>{"duration": "PT30M"}</c>, with an optional <c>setting</c>; exactly one of the first two.</summary>
internal sealed record DueDocument(string Path, int? WorkingDays, string? Duration, string? Setting);
