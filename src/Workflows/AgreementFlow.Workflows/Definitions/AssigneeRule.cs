namespace AgreementFlow.Workflows.Definitions;

/// <summary>A role within a party of the instance, e.g. the director of each partner.</summary>
/// <param name="Party">Which organisations of the instance.</param>
/// <param name="Role">The role name, as the directory knows it: <c>director</c>, <c>legal</c>, <c>coordinator</c>, <c>clerk</c>, <c>commissionMember</c>.</param>
public sealed record AssigneeRule(PartySelector Party, string Role);
