namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary>The type of a <see cref="ConditionLiteral"/>.</summary>
public enum ConditionLiteralKind
{
    /// <summary><c>null</c>: also matches a field that is missing.</summary>
    Null,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A decimal number such as <c>10</c> or <c>-2.5</c>.</summary>
    Number,

    /// <summary>A quoted string such as <c>'2026-09-01'</c>.</summary>
    Text,
}
