namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary>Holds when every operand holds (<c>a and b and c</c>); evaluation stops at the first that does not.</summary>
/// <param name="Operands">Two or more conditions.</param>
public sealed record AndNode(IReadOnlyList<ConditionNode> Operands) : ConditionNode
{
    /// <summary><c>(a and b)</c>.</summary>
    public override string ToString() => $"({string.Join(" and ", Operands)})";
}
