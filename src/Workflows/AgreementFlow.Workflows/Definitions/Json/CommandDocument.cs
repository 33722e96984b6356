namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>An element of a stage's <c>commands</c>.</summary>
internal sealed record CommandDocument(
    string Path,
    string? Id,
    LocalizedTextDocument? Title,
    IReadOnlyList<AssigneeDocument> Allowed,
    bool RequiresComment,
    ActionDocument? Action);
