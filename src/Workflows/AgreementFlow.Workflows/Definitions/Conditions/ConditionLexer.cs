using System.Globalization;
using System.Text;

namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary>Splits a condition into tokens; stops at the first character it cannot read.</summary>
internal static class ConditionLexer
{
    public static bool TryTokenize(string text, List<ConditionToken> tokens, out string error)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var column = i + 1;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            string? problem = null;
            switch (c)
            {
                case '(':
                    tokens.Add(new(ConditionTokenKind.OpenParenthesis, "(", column));
                    i++;
                    break;
                case ')':
                    tokens.Add(new(ConditionTokenKind.CloseParenthesis, ")", column));
                    i++;
                    break;
                case '=' when next == '=':
                    i += AddOperator(tokens, "==", column, ComparisonOperator.Equal);
                    break;
                case '=':
                    problem = $"at column {column}: unexpected '='; compare with '=='";
                    break;
                case '!' when next == '=':
                    i += AddOperator(tokens, "!=", column, ComparisonOperator.NotEqual);
                    break;
                case '!':
                    problem = $"at column {column}: unexpected '!'; negate with 'not'";
                    break;
                case '<':
                    i += next == '='
                        ? AddOperator(tokens, "<=", column, ComparisonOperator.LessOrEqual)
                        : AddOperator(tokens, "<", column, ComparisonOperator.Less);
                    break;
                case '>':
                    i += next == '='
                        ? AddOperator(tokens, ">=", column, ComparisonOperator.GreaterOrEqual)
                        : AddOperator(tokens, ">", column, ComparisonOperator.Greater);
                    break;
                case '&':
                    problem = $"at column {column}: unexpected '&'; join conditions with 'and'";
                    break;
                case '|':
                    problem = $"at column {column}: unexpected '|'; join conditions with 'or'";
                    break;
                case '\'' or '"':
                    problem = ReadString(text, ref i, tokens);
                    break;
                case '-' or (>= '0' and <= '9'):
                    problem = ReadNumber(text, ref i, tokens);
                    break;
                case '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'):
                    problem = ReadWord(text, ref i, tokens);
                    break;
                default:
                    problem = $"at column {column}: unexpected character '{c}'";
                    break;
            }

            if (problem is not null)
            {
                error = problem;
                return false;
            }
        }

        tokens.Add(new(ConditionTokenKind.End, "", text.Length + 1));
        error = "";
        return true;
    }

    private static int AddOperator(List<ConditionToken> tokens, string symbol, int column, ComparisonOperator comparison)
    {
        tokens.Add(new(ConditionTokenKind.Operator, symbol, column, Operator: comparison));
        return symbol.Length;
    }

    private static string? ReadString(string text, ref int i, List<ConditionToken> tokens)
    {
        var start = i;
        var quote = text[i];
        var value = new StringBuilder();
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == quote)
            {
                i++;
                tokens.Add(new(ConditionTokenKind.Text, text[start..i], start + 1, ConditionLiteral.FromText(value.ToString())));
                return null;
            }

            if (c == '\\')
            {
                var escaped = i + 1 < text.Length ? text[i + 1] : '\0';
                if (escaped is not ('\\' or '\'' or '"'))
                {
                    return $"at column {i + 1}: unknown escape in a string; only \\\\, \\' and \\\" are allowed";
                }

                value.Append(escaped);
                i += 2;
                continue;
            }

            value.Append(c);
            i++;
        }

        return $"at column {start + 1}: the string that starts here is not closed";
    }

    private static string? ReadNumber(string text, ref int i, List<ConditionToken> tokens)
    {
        var start = i;
        if (text[i] == '-')
        {
            i++;
        }

        var digitsStart = i;
        SkipDigits(text, ref i);
        if (i == digitsStart)
        {
            return $"at column {start + 1}: expected a digit after '-'";
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            var fractionStart = i;
            SkipDigits(text, ref i);
            if (i == fractionStart)
            {
                return $"at column {i + 1}: expected a digit after the decimal point";
            }
        }

        if (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '.'))
        {
            var end = i;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.'))
            {
                end++;
            }

            return $"at column {start + 1}: '{text[start..end]}' is not a number";
        }

        var source = text[start..i];
        var number = double.Parse(source, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (!double.IsFinite(number))
        {
            return $"at column {start + 1}: the number is too large";
        }

        tokens.Add(new(ConditionTokenKind.Number, source, start + 1, ConditionLiteral.FromNumber(number)));
        return null;
    }

    private static void SkipDigits(string text, ref int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
    }

    private static string? ReadWord(string text, ref int i, List<ConditionToken> tokens)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '.'))
        {
            i++;
        }

        var word = text[start..i];
        var column = start + 1;
        ConditionToken token = word switch
        {
            "and" => new(ConditionTokenKind.And, word, column),
            "or" => new(ConditionTokenKind.Or, word, column),
            "not" => new(ConditionTokenKind.Not, word, column),
            "exists" => new(ConditionTokenKind.Exists, word, column),
            "true" => new(ConditionTokenKind.True, word, column, ConditionLiteral.FromBoolean(true)),
            "false" => new(ConditionTokenKind.False, word, column, ConditionLiteral.FromBoolean(false)),
            "null" => new(ConditionTokenKind.Null, word, column, ConditionLiteral.Null),
            _ => new(ConditionTokenKind.Path, word, column),
        };
        if (token.Kind == ConditionTokenKind.Path && !FieldPath.IsValid(word))
        {
            return $"at column {column}: '{word}' is not a field path; expected names of letters, digits and '_' separated by single dots";
        }

        tokens.Add(token);
        return null;
    }
}
