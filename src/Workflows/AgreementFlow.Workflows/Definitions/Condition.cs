namespace AgreementFlow.Workflows.Definitions;

/// <summary>
/// A parsed guard over an instance's data: comparisons of field paths with literals, joined by
/// <c>and</c>, <c>or</c>, <c>not</c>. It evaluates; it never executes code.
/// </summary>
/// <param name="Source">The expression as written, e.g. <c>decision.refusedAll == true</c>.</param>
/// <param name="Root">The parsed tree.</param>
public sealed record Condition(string Source, ConditionNode Root);

/// <summary>A node of a parsed condition.</summary>
public abstract record ConditionNode;
