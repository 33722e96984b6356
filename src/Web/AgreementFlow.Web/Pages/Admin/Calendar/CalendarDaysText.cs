using System.Globalization;
using System.Text.RegularExpressions;
using AgreementFlow.Web.Calendars;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Pages.Admin.Calendar;

/// <summary>A year's own days as the form's text holds them: one <c>ДД.ММ.ГГГГ kind note</c> a line.</summary>
public static partial class CalendarDaysText
{
    /// <summary>The field the parsing problems are reported under, one message a line.</summary>
    public const string Field = "days";

    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy"];

    private static readonly Dictionary<string, string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nonWorking"] = "nonWorking",
        ["shortened"] = "shortened",
        ["working"] = "working",
        ["нерабочий"] = "nonWorking",
        ["сокращённый"] = "shortened",
        ["сокращенный"] = "shortened",
        ["рабочий"] = "working",
    };

    /// <summary>A day read from the text with the number of the line it came from.</summary>
    public sealed record Line(int Number, CalendarDayInput Day);

    public static string Format(IEnumerable<CalendarDayView> days) =>
        string.Join('\n', days.Select(d => $"{d.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} {d.Kind} {d.Note}".TrimEnd()));

    /// <summary>Reads the text; every line that cannot be read is reported under <see cref="Field"/> with its number.</summary>
    public static IReadOnlyList<Line> Parse(string? text, Texts t, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(errors);
        var lines = new List<Line>();
        var rows = (text ?? "").Split('\n');
        for (var i = 0; i < rows.Length; i++)
        {
            var parts = Whitespace().Split(rows[i].Trim(), 3);
            if (parts is [""])
            {
                continue;
            }

            var number = i + 1;
            if (!DateOnly.TryParseExact(parts[0], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(Field, t.Format("Строка {0}: {1}", number, t.Format("«{0}» — не дата: нужен формат ДД.ММ.ГГГГ.", parts[0])));
            }
            else if (parts.Length < 2)
            {
                errors.Add(Field, t.Format("Строка {0}: {1}", number, t["после даты укажите вид дня: nonWorking, shortened или working (нерабочий, сокращённый, рабочий)."]));
            }
            else if (!Kinds.TryGetValue(parts[1], out var kind))
            {
                errors.Add(Field, t.Format("Строка {0}: {1}", number, t.Format("неизвестный вид дня «{0}»: nonWorking, shortened или working (нерабочий, сокращённый, рабочий).", parts[1])));
            }
            else
            {
                lines.Add(new Line(number, new CalendarDayInput(date, kind, parts.Length > 2 ? parts[2] : null)));
            }
        }

        return lines;
    }

    /// <summary>Names the lines in the service's errors: <c>days[2].date</c> becomes "Строка N: …" under <see cref="Field"/>.</summary>
    public static FieldErrors ByLine(IReadOnlyDictionary<string, string[]> errors, IReadOnlyList<Line> lines, Texts t)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(t);
        var result = new FieldErrors();
        foreach (var (key, messages) in errors)
        {
            var match = DayKey().Match(key);
            var index = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
            foreach (var message in messages)
            {
                if (index >= 0 && index < lines.Count)
                {
                    result.Add(Field, t.Format("Строка {0}: {1}", lines[index].Number, message));
                }
                else
                {
                    result.Add(key, message);
                }
            }
        }

        return result;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^days\[(\d+)\]")]
    private static partial Regex DayKey();
}
