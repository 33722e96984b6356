using System.Diagnostics.CodeAnalysis;
using AgreementFlow.Workflows.Definitions.Conditions;

namespace AgreementFlow.Workflows.Definitions;

/// <summary>
/// Parses guards such as <c>decision.refusedAll == true and not exists(decision.reason)</c>.
/// </summary>
/// <remarks>
/// The language has field paths (dotted property names), the comparisons <c>== != &lt; &lt;= &gt; &gt;=</c>
/// of a path with a literal (a number, a 'string' or "string", <c>true</c>, <c>false</c>, <c>null</c>),
/// <c>exists(path)</c>, <c>and</c>, <c>or</c>, <c>not</c> and parentheses. <c>not</c> binds tighter than
/// <c>and</c>, which binds tighter than <c>or</c>. Conditions come from definition files, so the parser
/// bounds their length and nesting and never executes anything.
/// </remarks>
public static class ConditionParser
{
    /// <summary>The longest condition accepted, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>The deepest nesting of parentheses and <c>not</c> accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The condition as written.</param>
    /// <param name="condition">The parsed condition, or null when the text is not a valid condition.</param>
    /// <param name="error">Empty on success; otherwise the first problem, naming its 1-based column, e.g. <c>at column 12: expected a value after '=='</c>.</param>
    /// <returns>Whether <paramref name="text"/> is a valid condition.</returns>
    public static bool TryParse(string text, [NotNullWhen(true)] out Condition? condition, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        condition = null;
        if (text.Length > MaxLength)
        {
            error = $"at column {MaxLength + 1}: the condition is longer than the limit of {MaxLength} characters";
            return false;
        }

        var tokens = new List<ConditionToken>();
        if (!ConditionLexer.TryTokenize(text, tokens, out error))
        {
            return false;
        }

        var reader = new ConditionSyntaxReader(tokens);
        var root = reader.ReadCondition();
        if (root is null)
        {
            error = reader.Error ?? "at column 1: the condition cannot be read";
            return false;
        }

        condition = new Condition(text, root);
        error = "";
        return true;
    }
}
