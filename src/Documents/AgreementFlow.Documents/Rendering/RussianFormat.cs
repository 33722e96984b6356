using System.Globalization;
using System.Text;

namespace AgreementFlow.Documents.Rendering;

/// <summary>How Russian documents write dates, amounts and counted nouns; the template helpers use these.</summary>
public static class RussianFormat
{
    private static readonly string[] GenitiveMonths =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly NumberFormatInfo MoneyFormat = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00A0",
        NumberGroupSizes = [3],
        NegativeSign = "−",
    };

    /// <summary>«12» января 2026 г.</summary>
    public static string LongDate(DateOnly date) =>
        $"«{date.Day:00}» {GenitiveMonths[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)} г.";

    /// <summary>12.01.2026.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>1 234 567,89 руб. (groups separated by a no-break space so that an amount never breaks across lines).</summary>
    public static string Money(decimal amount) =>
        decimal.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,0.00", MoneyFormat) + "\u00A0руб.";

    /// <summary>«один миллион двести тысяч рублей 00 копеек».</summary>
    public static string MoneyInWords(decimal amount)
    {
        amount = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
        var negative = amount < 0;
        amount = Math.Abs(amount);
        var roubles = decimal.Truncate(amount);
        var kopecks = (int)((amount - roubles) * 100);
        var words = NumberInWords(roubles, feminine: false);
        var rouble = Plural(roubles, "рубль", "рубля", "рублей");
        var kopeck = Plural(kopecks, "копейка", "копейки", "копеек");
        return $"{(negative ? "минус " : string.Empty)}{words} {rouble} {kopecks:00} {kopeck}";
    }

    /// <summary>The noun form for a count: 1 ученик, 2 ученика, 5 учеников, 21 ученик, 11 учеников.</summary>
    public static string Plural(decimal count, string one, string few, string many)
    {
        if (decimal.Truncate(count) != count)
        {
            return few;
        }

        var n = (long)(Math.Abs(count) % 100);
        if (n is >= 11 and <= 14)
        {
            return many;
        }

        return (n % 10) switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }

    /// <summary>A whole number in words, e.g. «двадцать одна» (feminine) or «двадцать один».</summary>
    public static string NumberInWords(decimal number, bool feminine)
    {
        number = decimal.Truncate(Math.Abs(number));
        if (number == 0)
        {
            return "ноль";
        }

        string[][] scales =
        [
            ["", "", ""],
            ["тысяча", "тысячи", "тысяч"],
            ["миллион", "миллиона", "миллионов"],
            ["миллиард", "миллиарда", "миллиардов"],
            ["триллион", "триллиона", "триллионов"],
        ];
        var groups = new List<int>();
        while (number > 0)
        {
            groups.Add((int)(number % 1000));
            number = decimal.Truncate(number / 1000);
        }

        if (groups.Count > scales.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(number), "Too large to write in words.");
        }

        var builder = new StringBuilder();
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var value = groups[g];
            if (value == 0)
            {
                continue;
            }

            var groupFeminine = g == 1 || (g == 0 && feminine);
            AppendHundreds(builder, value, groupFeminine);
            if (g > 0)
            {
                builder.Append(' ').Append(Plural(value, scales[g][0], scales[g][1], scales[g][2]));
            }

            builder.Append(' ');
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>«Орлова Наталья Викторовна» → «Н. В. Орлова», as signatures are written; other shapes are returned as they are.</summary>
    public static string Initials(string fullName)
    {
        var parts = (fullName ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length is 2 or 3 && parts.Skip(1).All(p => p.Length > 1 && char.IsLetter(p[0]))
            ? string.Join("\u00A0", parts.Skip(1).Select(p => p[0] + ".")) + "\u00A0" + parts[0]
            : fullName ?? string.Empty;
    }

    /// <summary>Reads an ISO date (<c>2026-01-12</c>, or a date-time whose date part is taken).</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            date = DateOnly.FromDateTime(moment.DateTime);
            return true;
        }

        return DateOnly.TryParseExact(text, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static void AppendHundreds(StringBuilder builder, int value, bool feminine)
    {
        string[] hundreds = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];
        string[] tens = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
        string[] teens = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"];
        string[] units = ["", feminine ? "одна" : "один", feminine ? "две" : "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
        var parts = new List<string>(3);
        if (value / 100 > 0)
        {
            parts.Add(hundreds[value / 100]);
        }

        var rest = value % 100;
        if (rest is >= 10 and <= 19)
        {
            parts.Add(teens[rest - 10]);
        }
        else
        {
            if (rest / 10 > 0)
            {
                parts.Add(tens[rest / 10]);
            }

            if (rest % 10 > 0)
            {
                parts.Add(units[rest % 10]);
            }
        }

        builder.AppendJoin(' ', parts);
    }
}
