namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary>The kinds of token in a condition.</summary>
internal enum ConditionTokenKind
{
    Path,
    Number,
    Text,
    True,
    False,
    Null,
    And,
    Or,
    Not,
    Exists,
    OpenParenthesis,
    CloseParenthesis,
    Operator,
    End,
}
