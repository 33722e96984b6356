namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary><c>{"field": "term.to", "offsetDays": -60}</c>.</summary>
internal sealed record TimerAtDocument(string Path, string? Field, int OffsetDays);
