namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary>A field of the instance data compared with a literal, e.g. <c>decision.refusedAll == true</c>.</summary>
/// <param name="Path">A dotted path of property names, e.g. <c>term.to</c>; a missing field reads as null.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Value">The literal compared with.</param>
/// <remarks>
/// Numbers compare numerically and strings ordinally (so ISO dates such as <c>'2026-09-01'</c> order
/// correctly); a comparison of values of different types is false, except <c>!=</c>, which is true.
/// </remarks>
public sealed record ComparisonNode(string Path, ComparisonOperator Operator, ConditionLiteral Value) : ConditionNode
{
    /// <summary><c>term.to &lt; '2026-09-01'</c>.</summary>
    public override string ToString() => $"{Path} {Symbol(Operator)} {Value}";

    /// <summary>The operator as written: <c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>.</summary>
    public static string Symbol(ComparisonOperator comparison) => comparison switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison operator."),
    };
}
