namespace AgreementFlow.Workflows.Definitions;

/// <summary>An answer to a task.</summary>
/// <param name="Id">e.g. <c>approve</c>, <c>approve-with-remarks</c>, <c>return</c>, <c>reject</c>.</param>
/// <param name="Title">The button's label, e.g. «Согласовать с замечаниями».</param>
/// <param name="RequiresComment">The answer must carry a comment (all but a plain approval, by convention).</param>
/// <param name="Decisive">Completes the task at once, whatever the completion mode, cancelling the other assignees' parts.</param>
public sealed record OutcomeDefinition(string Id, LocalizedText Title, bool RequiresComment, bool Decisive);
