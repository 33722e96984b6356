namespace AgreementFlow.Workflows.Definitions;

/// <summary>A manual command available in a stage, such as terminating or amending an active agreement.</summary>
/// <param name="Id">e.g. <c>terminate</c>, <c>amend</c>.</param>
/// <param name="Title">The button's label.</param>
/// <param name="AllowedRoles">Who may run it.</param>
/// <param name="RequiresComment">Whether a reason must be given.</param>
/// <param name="Action">An action run by the command (e.g. <c>start-amendment</c>), or null when a transition (trigger Command, source this id) handles it.</param>
public sealed record CommandDefinition(string Id, LocalizedText Title, IReadOnlyList<AssigneeRule> AllowedRoles, bool RequiresComment, ActionDefinition? Action);
