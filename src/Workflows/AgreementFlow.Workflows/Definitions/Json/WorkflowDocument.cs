namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>A definition file as read; fields the file lacks or gets wrong are null (the reader has reported them).</summary>
internal sealed record WorkflowDocument(
    string? Id,
    int? Version,
    LocalizedTextDocument? Title,
    string? SubjectKind,
    string? StartStage,
    IReadOnlyList<StageDocument> Stages);
