namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary><c>exists(path)</c>: holds when the field is present and not null.</summary>
/// <param name="Path">A dotted path of property names, e.g. <c>decision.reason</c>.</param>
public sealed record ExistsNode(string Path) : ConditionNode
{
    /// <summary><c>exists(decision.reason)</c>.</summary>
    public override string ToString() => $"exists({Path})";
}
