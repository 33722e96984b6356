using System.Collections;
using System.Globalization;
using HandlebarsDotNet;

namespace AgreementFlow.Documents.Rendering.Templating;

/// <summary>The only helpers a clause can call: Russian dates, amounts and plurals, upper/lower case, join.</summary>
/// <remarks>None reaches files, the network or the clock; each prints through the encoder, so its output is literal text.
/// A value of the wrong kind prints as it is rather than failing the document.</remarks>
internal static class TemplateHelpers
{
    /// <summary>Helper names a clause may use in <c>{{name …}}</c> (besides the block helpers).</summary>
    public static IReadOnlySet<string> Names { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "date", "dateShort", "money", "moneyWords", "upper", "lower", "join", "plural", "initials", "inc", "lookup" };

    /// <summary>Block helpers a clause may use in <c>{{#name …}}</c>.</summary>
    public static IReadOnlySet<string> BlockNames { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "if", "unless", "each", "with" };

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("date", (output, _, arguments) =>
            WriteDate(output, Argument(arguments, 0), RussianFormat.LongDate));
        handlebars.RegisterHelper("dateShort", (output, _, arguments) =>
            WriteDate(output, Argument(arguments, 0), RussianFormat.ShortDate));
        handlebars.RegisterHelper("money", (output, _, arguments) =>
            WriteAmount(output, Argument(arguments, 0), RussianFormat.Money));
        handlebars.RegisterHelper("moneyWords", (output, _, arguments) =>
            WriteAmount(output, Argument(arguments, 0), RussianFormat.MoneyInWords));
        handlebars.RegisterHelper("upper", (output, _, arguments) =>
            output.Write(Text(Argument(arguments, 0)).ToUpper(Russian)));
        handlebars.RegisterHelper("lower", (output, _, arguments) =>
            output.Write(Text(Argument(arguments, 0)).ToLower(Russian)));
        handlebars.RegisterHelper("join", (output, _, arguments) =>
        {
            var separator = arguments.Length > 1 ? Text(arguments[1]) : ", ";
            var property = arguments.Length > 2 ? Text(arguments[2]) : null;
            output.Write(Join(Argument(arguments, 0), separator, property));
        });
        handlebars.RegisterHelper("initials", (output, _, arguments) =>
            output.Write(RussianFormat.Initials(Text(Argument(arguments, 0)))));
        handlebars.RegisterHelper("inc", (output, _, arguments) =>
        {
            if (TryNumber(Argument(arguments, 0), out var number))
            {
                output.Write((number + 1).ToString(CultureInfo.InvariantCulture));
            }
        });
        handlebars.RegisterHelper("plural", (output, _, arguments) =>
        {
            if (arguments.Length < 4 || !TryNumber(arguments[0], out var count))
            {
                return;
            }

            output.Write(RussianFormat.Plural(count, Text(arguments[1]), Text(arguments[2]), Text(arguments[3])));
        });
    }

    /// <summary>A data value as Handlebars would print it; null and undefined print nothing.</summary>
    public static string Text(object? value) => value switch
    {
        null or UndefinedBindingResult => string.Empty,
        string s => s,
        bool b => b ? "да" : "нет",
        IFormattable f => f.ToString(null, Russian),
        IDictionary or IList => string.Empty,
        _ => value.ToString() ?? string.Empty,
    };

    private static object? Argument(Arguments arguments, int index) => arguments.Length > index ? arguments[index] : null;

    private static void WriteDate(EncodedTextWriter output, object? value, Func<DateOnly, string> format)
    {
        var text = Text(value);
        output.Write(RussianFormat.TryParseDate(text, out var date) ? format(date) : text);
    }

    private static void WriteAmount(EncodedTextWriter output, object? value, Func<decimal, string> format)
    {
        if (TryNumber(value, out var amount) && Math.Abs(amount) < 1_000_000_000_000_000m)
        {
            output.Write(format(amount));
        }
        else
        {
            output.Write(Text(value));
        }
    }

    private static bool TryNumber(object? value, out decimal number)
    {
        switch (value)
        {
            case decimal d:
                number = d;
                return true;
            case int or long or double or float:
                number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                return true;
            case string s:
                var normalized = s.Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.');
                return decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out number);
            default:
                number = 0;
                return false;
        }
    }

    private static string Join(object? value, string separator, string? property)
    {
        if (value is not IList list)
        {
            return Text(value);
        }

        var parts = new List<string>(list.Count);
        foreach (var item in list)
        {
            var part = property is not null && item is IDictionary<string, object?> row
                ? Text(row.TryGetValue(property, out var cell) ? cell : null)
                : Text(item);
            if (part.Length > 0)
            {
                parts.Add(part);
            }
        }

        return string.Join(separator, parts);
    }
}
