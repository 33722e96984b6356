namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary>Holds when its operand does not.</summary>
/// <param name="Operand">The negated condition.</param>
public sealed record NotNode(ConditionNode Operand) : ConditionNode
{
    /// <summary><c>not (a)</c>.</summary>
    public override string ToString() => $"not ({Operand})";
}
