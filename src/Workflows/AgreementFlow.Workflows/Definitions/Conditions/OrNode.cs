namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary>Holds when any operand holds (<c>a or b or c</c>); evaluation stops at the first that does.</summary>
/// <param name="Operands">Two or more conditions.</param>
public sealed record OrNode(IReadOnlyList<ConditionNode> Operands) : ConditionNode
{
    /// <summary><c>(a or b)</c>.</summary>
    public override string ToString() => $"({string.Join(" or ", Operands)})";
}
