using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions.Conditions;

namespace AgreementFlow.Workflows.Definitions;

/// <summary>Evaluates a parsed <see cref="Condition"/> against an instance's data.</summary>
/// <remarks>
/// A missing field reads as null. Numbers compare numerically, strings ordinally (ISO dates such as
/// <c>2026-09-01</c> therefore order correctly); values of different types are never equal and never
/// ordered, so <c>count &lt; 3</c> is false when <c>count</c> is missing or a string.
/// </remarks>
public static class ConditionEvaluator
{
    // The parser nests at most MaxDepth levels of '(' and 'not'; each level adds at most an 'or',
    // an 'and' and a 'not' node. Trees built by hand deeper than this are refused rather than
    // risking the stack.
    private const int MaxTreeDepth = (3 * ConditionParser.MaxDepth) + 3;

    /// <summary>Whether <paramref name="condition"/> holds for <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">The condition's tree nests deeper than the parser allows.</exception>
    public static bool Evaluate(Condition condition, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(data);
        return Evaluate(condition.Root, data, 1);
    }

    private static bool Evaluate(ConditionNode node, JsonObject data, int depth)
    {
        if (depth > MaxTreeDepth)
        {
            throw new ArgumentException($"The condition nests deeper than {MaxTreeDepth} nodes.", nameof(node));
        }

        return node switch
        {
            ComparisonNode comparison => Compare(FieldPath.Resolve(data, comparison.Path), comparison.Operator, comparison.Value),
            AndNode and => and.Operands.All(operand => Evaluate(operand, data, depth + 1)),
            OrNode or => or.Operands.Any(operand => Evaluate(operand, data, depth + 1)),
            NotNode not => !Evaluate(not.Operand, data, depth + 1),
            ExistsNode exists => FieldPath.Resolve(data, exists.Path) is not null,
            _ => throw new ArgumentException($"Unknown condition node {node.GetType().Name}.", nameof(node)),
        };
    }

    private static bool Compare(JsonNode? actual, ComparisonOperator comparison, ConditionLiteral literal)
    {
        switch (comparison)
        {
            case ComparisonOperator.Equal:
                return AreEqual(actual, literal);
            case ComparisonOperator.NotEqual:
                return !AreEqual(actual, literal);
        }

        int? order = literal.Kind switch
        {
            ConditionLiteralKind.Number when AsNumber(actual) is { } number => number.CompareTo(literal.NumberValue),
            ConditionLiteralKind.Text when AsText(actual) is { } text => string.CompareOrdinal(text, literal.TextValue),
            _ => null,
        };
        return order is { } o && comparison switch
        {
            ComparisonOperator.Less => o < 0,
            ComparisonOperator.LessOrEqual => o <= 0,
            ComparisonOperator.Greater => o > 0,
            ComparisonOperator.GreaterOrEqual => o >= 0,
            _ => false,
        };
    }

    private static bool AreEqual(JsonNode? actual, ConditionLiteral literal) => literal.Kind switch
    {
        ConditionLiteralKind.Null => actual is null || actual.GetValueKind() == JsonValueKind.Null,
        ConditionLiteralKind.Boolean => actual is not null
            && actual.GetValueKind() == (literal.BooleanValue ? JsonValueKind.True : JsonValueKind.False),
        ConditionLiteralKind.Number => AsNumber(actual) is { } number && number == literal.NumberValue,
        ConditionLiteralKind.Text => AsText(actual) is { } text && string.Equals(text, literal.TextValue, StringComparison.Ordinal),
        _ => false,
    };

    private static double? AsNumber(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        // A value parsed from JSON converts directly; one built from a CLR int or decimal may not,
        // but its JSON text always parses.
        return value.TryGetValue(out double number)
            ? number
            : double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static string? AsText(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }

        if (value.TryGetValue(out string? text))
        {
            return text;
        }

        // A value built from a CLR date or Guid serialises as a JSON string.
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(value.ToJsonString()));
        reader.Read();
        return reader.GetString();
    }
}
