namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary><c>{"ru": "…", "en": "…"}</c>, both present and non-empty.</summary>
internal sealed record LocalizedTextDocument(string Ru, string En);
