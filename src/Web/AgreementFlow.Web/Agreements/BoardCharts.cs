using System.Globalization;
using System.Xml.Linq;

namespace AgreementFlow.Web.Agreements;

/// <summary>The board's pictures as self-contained SVG: horizontal bars, each with its label above and its count beside it.</summary>
/// <remarks>
/// Built with <see cref="XElement"/>, so every label is escaped; no scripts, styles or external resources, so a
/// page may inline it under the strict content security policy. Labels sit above the bars rather than beside them:
/// a 320-unit-wide picture scaled to a 360-pixel phone keeps its text at reading size and long names whole.
/// </remarks>
public static class BoardCharts
{
    /// <summary>The width of the picture's coordinate system; CSS scales it.</summary>
    public const double Width = 320;

    private const double FontSize = 13;
    private const double LabelHeight = 17;
    private const double BarHeight = 14;
    private const double RowGap = 9;
    private const double CountWidth = 44;
    private const int MaxLabelLength = 40;
    private const string TextColour = "#1d2430";
    private const string TrackColour = "#eef2f8";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>One bar: what it counts, how many, and optionally where a click on it leads.</summary>
    public sealed record Bar(string Label, int Value, string? Href = null);

    /// <summary>Renders <paramref name="bars"/> as an SVG bar chart.</summary>
    /// <param name="id">A page-unique id; the title and description get ids from it for <c>aria-labelledby</c>.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="bars">The bars, top to bottom.</param>
    /// <param name="colour">The bars' fill.</param>
    /// <param name="emptyText">Shown instead of bars when every value is zero.</param>
    public static string HorizontalBars(string id, string title, IReadOnlyList<Bar> bars, string colour, string emptyText)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(bars);
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var rowHeight = LabelHeight + BarHeight + RowGap;
        var height = max == 0 ? 40 : (bars.Count * rowHeight) + 4;
        var description = string.Join("; ", bars.Select(b => $"{b.Label}: {b.Value.ToString(CultureInfo.CurrentCulture)}"));

        var svg = new XElement(
            Svg + "svg",
            new XAttribute("class", "chart"),
            new XAttribute("width", Number(Width)),
            new XAttribute("height", Number(height)),
            new XAttribute("viewBox", $"0 0 {Number(Width)} {Number(height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-family", "'Liberation Sans', 'DejaVu Sans', Arial, sans-serif"),
            new XAttribute("font-size", Number(FontSize)),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), max == 0 ? emptyText : description));

        if (max == 0)
        {
            svg.Add(Text(0, 24, emptyText, "#5b6575"));
            return svg.ToString(SaveOptions.DisableFormatting);
        }

        var track = Width - CountWidth;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var top = i * rowHeight;
            var length = bar.Value == 0 ? 0 : Math.Max(3, track * bar.Value / max);
            var group = new XElement(
                Svg + "g",
                new XElement(Svg + "title", $"{bar.Label}: {bar.Value.ToString(CultureInfo.CurrentCulture)}"),
                Text(0, top + LabelHeight - 5, Shorten(bar.Label), TextColour),
                Rectangle(0, top + LabelHeight, track, BarHeight, TrackColour),
                Rectangle(0, top + LabelHeight, length, BarHeight, colour),
                Text(length + 6, top + LabelHeight + BarHeight - 3, bar.Value.ToString(CultureInfo.CurrentCulture), TextColour, bold: true));
            svg.Add(bar.Href is null ? group : new XElement(Svg + "a", new XAttribute("href", bar.Href), group));
        }

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Text(double x, double y, string text, string fill, bool bold = false)
    {
        var element = new XElement(Svg + "text", new XAttribute("x", Number(x)), new XAttribute("y", Number(y)), new XAttribute("fill", fill), text);
        if (bold)
        {
            element.Add(new XAttribute("font-weight", "bold"));
        }

        return element;
    }

    private static XElement Rectangle(double x, double y, double width, double height, string fill) =>
        new(Svg + "rect",
            new XAttribute("x", Number(x)),
            new XAttribute("y", Number(y)),
            new XAttribute("width", Number(width)),
            new XAttribute("height", Number(height)),
            new XAttribute("rx", "3"),
            new XAttribute("fill", fill));

    /// <summary>A label that fits the picture's width; the bar's own title keeps it whole.</summary>
    private static string Shorten(string label) => label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)] + "…";

    private static string Number(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
