using System.Text.Json.Nodes;

namespace AgreementFlow.Workflows.Runtime;

/// <summary>
/// Re-opens completed parts of an instance's still-open tasks because their answers no longer hold, e.g. approvals
/// given to a document version that has since been replaced.
/// </summary>
/// <param name="InstanceId">The instance whose assignments are re-opened.</param>
/// <param name="AssignmentIds">The completed assignments to re-open; those no longer re-openable (their task ended) are left as they are.</param>
/// <param name="Reason">Why, in Russian, for the journal, the task page and the e-mail («согласование аннулировано: изменён текст (версия 2 → 3)»).</param>
/// <param name="PersonId">Who caused it (the person whose action changed the content), or null.</param>
/// <param name="Details">Anything else for the journal entry and the e-mail's payload (e.g. the versions compared).</param>
public sealed record ReissueAssignments(
    Guid InstanceId,
    IReadOnlyList<Guid> AssignmentIds,
    string Reason,
    Guid? PersonId,
    JsonObject? Details = null);
