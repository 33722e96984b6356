namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary>A token of a condition.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">The source text, for messages.</param>
/// <param name="Column">1-based column of its first character.</param>
/// <param name="Literal">The value of a literal token.</param>
/// <param name="Operator">The operator of an operator token.</param>
internal readonly record struct ConditionToken(
    ConditionTokenKind Kind,
    string Text,
    int Column,
    ConditionLiteral? Literal = null,
    ComparisonOperator Operator = ComparisonOperator.Equal);
