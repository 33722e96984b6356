using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementFlow.Web.Registration;

/// <summary>
/// A registration number pattern: literal text with <c>{seq}</c> (or <c>{seq:3}</c>, zero-padded), <c>{yyyy}</c>,
/// <c>{yy}</c>, <c>{MM}</c> and <c>{dd}</c>. A pattern with a year restarts its sequence every year.
/// </summary>
public sealed partial class NumberPattern
{
    private readonly IReadOnlyList<Part> _parts;

    private NumberPattern(string text, IReadOnlyList<Part> parts)
    {
        Text = text;
        _parts = parts;
        RestartsYearly = parts.Any(p => p.Token is "yyyy" or "yy");
    }

    public string Text { get; }

    /// <summary>True when the pattern names the year: numbers restart at 1 on the first registration of a year.</summary>
    public bool RestartsYearly { get; }

    /// <summary>Reads a pattern; the error (in Russian, a key of <c>Texts</c>) says what is wrong with it.</summary>
    public static (NumberPattern? Pattern, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "Укажите шаблон номера, например {seq}/СФ-{yyyy}.");
        }

        text = text.Trim();
        if (text.Length > Data.Registration.RegistrationJournal.PatternMaxLength)
        {
            return (null, "Шаблон номера не длиннее 100 символов.");
        }

        var parts = new List<Part>();
        var position = 0;
        foreach (Match match in TokenRegex().Matches(text))
        {
            parts.Add(new Part(text[position..match.Index], null, 0));
            var token = match.Groups["name"].Value;
            var width = match.Groups["width"].Success ? int.Parse(match.Groups["width"].Value, CultureInfo.InvariantCulture) : 0;
            if (token is not ("seq" or "yyyy" or "yy" or "MM" or "dd") || (width > 0 && token != "seq"))
            {
                return (null, "Неизвестная подстановка в шаблоне номера: используйте {seq}, {seq:3}, {yyyy}, {yy}, {MM}, {dd}.");
            }

            parts.Add(new Part("", token, width));
            position = match.Index + match.Length;
        }

        parts.Add(new Part(text[position..], null, 0));
        if (parts.Any(p => p.Token is null && (p.Literal.Contains('{', StringComparison.Ordinal) || p.Literal.Contains('}', StringComparison.Ordinal))))
        {
            return (null, "Неизвестная подстановка в шаблоне номера: используйте {seq}, {seq:3}, {yyyy}, {yy}, {MM}, {dd}.");
        }

        if (parts.Count(p => p.Token == "seq") != 1)
        {
            return (null, "В шаблоне номера должен быть ровно один порядковый номер {seq}.");
        }

        return (new NumberPattern(text, parts), null);
    }

    /// <summary>The period a date's number counts in: the year when the pattern restarts yearly, otherwise one period for ever.</summary>
    public string PeriodOf(DateOnly date) => RestartsYearly ? date.Year.ToString(CultureInfo.InvariantCulture) : "";

    public string Format(int sequence, DateOnly date)
    {
        var number = new StringBuilder();
        foreach (var part in _parts)
        {
            number.Append(part.Token switch
            {
                null => part.Literal,
                "seq" => sequence.ToString(part.Width > 0 ? new string('0', part.Width) : "0", CultureInfo.InvariantCulture),
                "yyyy" => date.Year.ToString("0000", CultureInfo.InvariantCulture),
                "yy" => (date.Year % 100).ToString("00", CultureInfo.InvariantCulture),
                "MM" => date.Month.ToString("00", CultureInfo.InvariantCulture),
                _ => date.Day.ToString("00", CultureInfo.InvariantCulture),
            });
        }

        return number.ToString();
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:(?<width>[1-9]))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    private sealed record Part(string Literal, string? Token, int Width);
}
