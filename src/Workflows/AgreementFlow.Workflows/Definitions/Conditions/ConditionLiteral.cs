using System.Globalization;
using System.Text;

namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary>The constant side of a comparison: <c>null</c>, <c>true</c>/<c>false</c>, a number or a string.</summary>
public sealed record ConditionLiteral
{
    private ConditionLiteral(ConditionLiteralKind kind, bool boolean, double number, string? text)
    {
        Kind = kind;
        BooleanValue = boolean;
        NumberValue = number;
        TextValue = text;
    }

    /// <summary>The literal <c>null</c>.</summary>
    public static ConditionLiteral Null { get; } = new(ConditionLiteralKind.Null, false, 0, null);

    /// <summary>The type of the literal.</summary>
    public ConditionLiteralKind Kind { get; }

    /// <summary>The value of a <see cref="ConditionLiteralKind.Boolean"/> literal; false otherwise.</summary>
    public bool BooleanValue { get; }

    /// <summary>The value of a <see cref="ConditionLiteralKind.Number"/> literal; 0 otherwise.</summary>
    public double NumberValue { get; }

    /// <summary>The value of a <see cref="ConditionLiteralKind.Text"/> literal; null otherwise.</summary>
    public string? TextValue { get; }

    /// <summary>The literal <c>true</c> or <c>false</c>.</summary>
    public static ConditionLiteral FromBoolean(bool value) => new(ConditionLiteralKind.Boolean, value, 0, null);

    /// <summary>A number literal.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static ConditionLiteral FromNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A condition literal must be a finite number.");
        }

        return new(ConditionLiteralKind.Number, false, value, null);
    }

    /// <summary>A string literal.</summary>
    public static ConditionLiteral FromText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(ConditionLiteralKind.Text, false, 0, value);
    }

    /// <summary>The literal as it would be written in a condition: <c>null</c>, <c>true</c>, <c>2.5</c>, <c>'text'</c>.</summary>
    public override string ToString() => Kind switch
    {
        ConditionLiteralKind.Boolean => BooleanValue ? "true" : "false",
        ConditionLiteralKind.Number => NumberValue.ToString("R", CultureInfo.InvariantCulture),
        ConditionLiteralKind.Text => Quote(TextValue!),
        _ => "null",
    };

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            if (c is '\'' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('\'').ToString();
    }
}
