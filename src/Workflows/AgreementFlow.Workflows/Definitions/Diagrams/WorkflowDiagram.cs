using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace AgreementFlow.Workflows.Definitions.Diagrams;

/// <summary>Draws a route as a self-contained SVG: stages as boxes in layers, transitions as arrows.</summary>
/// <remarks>
/// The SVG has no scripts, styles or external resources, so a page may inline it under a strict content
/// security policy. Its <c>viewBox</c> lets CSS scale it down (e.g. <c>max-width: 100%; height: auto</c>) to a
/// 360-pixel phone screen. Boxes carry <c>class</c> (<c>stage</c>, <c>current</c>, <c>visited</c>, <c>final</c>)
/// and <c>data-stage</c> attributes for a page that wants to restyle them; the colours work without CSS.
/// </remarks>
public static class WorkflowDiagram
{
    private const string Accent = "#1d4ed8";
    private const string AccentDark = "#1e3a8a";
    private const string VisitedFill = "#dbeafe";
    private const string VisitedStroke = "#3b82f6";
    private const string PlainFill = "#ffffff";
    private const string PlainStroke = "#64748b";
    private const string TextColour = "#0f172a";
    private const string ArrowColour = "#64748b";
    private const double FontSize = 13;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Renders <paramref name="definition"/> as SVG markup.</summary>
    /// <param name="definition">The route.</param>
    /// <param name="language">"ru" or "en", for titles (see <see cref="LocalizedText.In"/>).</param>
    /// <param name="currentStage">The stage to highlight (filled with the accent colour, bold), or null; an unknown id highlights nothing.</param>
    /// <param name="visitedStages">Stages an instance has passed through, tinted; null for none.</param>
    /// <returns>An <c>&lt;svg&gt;</c> element with width, height, viewBox and a <c>&lt;title&gt;</c>.</returns>
    public static string RenderSvg(WorkflowDefinition definition, string language, string? currentStage, IReadOnlyCollection<string>? visitedStages = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(language);
        var layout = DiagramLayout.Compute(definition, language);
        var visited = visitedStages is null ? [] : new HashSet<string>(visitedStages, StringComparer.Ordinal);
        var english = language == "en";
        var current = currentStage is null ? null : definition.FindStage(currentStage);

        var svg = new XElement(
            Svg + "svg",
            new XAttribute("width", Number(layout.Width)),
            new XAttribute("height", Number(layout.Height)),
            new XAttribute("viewBox", $"0 0 {Number(layout.Width)} {Number(layout.Height)}"),
            new XAttribute("role", "img"),
            new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"),
            new XAttribute("font-size", Number(FontSize)),
            new XElement(Svg + "title", Caption(definition, current, language)),
            new XElement(Svg + "desc", Description(layout, current, visited, english, language)),
            new XElement(Svg + "g", new XAttribute("class", "transitions"), layout.Edges.Select(e => Arrow(e, layout.BoxHeight))),
            new XElement(Svg + "g", new XAttribute("class", "stages"), layout.Boxes.Select(box => Box(box, layout.BoxHeight, current, visited, english, language))));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static string Caption(WorkflowDefinition definition, StageDefinition? current, string language)
    {
        var title = definition.Title.In(language);
        if (language == "en")
        {
            return current is null ? $"Route “{title}”" : $"Route “{title}”, current stage: “{current.Title.In(language)}”";
        }

        return current is null ? $"Маршрут «{title}»" : $"Маршрут «{title}», текущий этап: «{current.Title.In(language)}»";
    }

    private static string Description(DiagramLayout layout, StageDefinition? current, HashSet<string> visited, bool english, string language)
    {
        var stages = layout.Boxes.OrderBy(b => b.Layer).ThenBy(b => b.Order)
            .Select(b => b.Stage!.Title.In(language) + Status(b.Stage, current, visited, english, ", "));
        return (english ? "Stages: " : "Этапы: ") + string.Join("; ", stages) + ".";
    }

    private static string Status(StageDefinition stage, StageDefinition? current, HashSet<string> visited, bool english, string separator) =>
        ReferenceEquals(stage, current) ? separator + (english ? "current stage" : "текущий этап")
        : visited.Contains(stage.Id) ? separator + (english ? "visited" : "пройден")
        : "";

    private static XElement Box(DiagramNode box, double height, StageDefinition? current, HashSet<string> visited, bool english, string language)
    {
        var stage = box.Stage!;
        var isCurrent = ReferenceEquals(stage, current);
        var isVisited = !isCurrent && visited.Contains(stage.Id);
        var (fill, stroke, text) = isCurrent ? (Accent, AccentDark, "#ffffff")
            : isVisited ? (VisitedFill, VisitedStroke, TextColour)
            : (PlainFill, PlainStroke, TextColour);
        var classes = "stage" + (stage.IsFinal ? " final" : "") + (isCurrent ? " current" : "") + (isVisited ? " visited" : "");

        var group = new XElement(
            Svg + "g",
            new XAttribute("class", classes),
            new XAttribute("data-stage", stage.Id),
            new XElement(Svg + "title", stage.Title.In(language) + Status(stage, current, visited, english, " — ")),
            Rectangle(box.Left, box.Top, box.Width, height, 8, fill, stroke, isCurrent ? 2 : 1.2));
        if (stage.IsFinal)
        {
            group.Add(Rectangle(box.Left + 3.5, box.Top + 3.5, box.Width - 7, height - 7, 5, "none", stroke, 1.2));
        }

        // Baseline of the first line, so the lines sit centred in the box (0.35em is about half the cap height).
        var firstBaseline = box.Top + (height / 2) - ((box.Lines.Count - 1) * DiagramLayout.LineHeight / 2) + (0.35 * FontSize);
        var label = new XElement(
            Svg + "text",
            new XAttribute("x", Number(box.CenterX)),
            new XAttribute("y", Number(firstBaseline)),
            new XAttribute("text-anchor", "middle"),
            new XAttribute("fill", text));
        if (isCurrent)
        {
            label.Add(new XAttribute("font-weight", "bold"));
        }

        for (var i = 0; i < box.Lines.Count; i++)
        {
            label.Add(new XElement(
                Svg + "tspan",
                new XAttribute("x", Number(box.CenterX)),
                new XAttribute("dy", i == 0 ? "0" : Number(DiagramLayout.LineHeight)),
                box.Lines[i]));
        }

        group.Add(label);
        return group;
    }

    private static XElement Rectangle(double x, double y, double width, double height, double radius, string fill, string stroke, double strokeWidth) =>
        new(
            Svg + "rect",
            new XAttribute("x", Number(x)),
            new XAttribute("y", Number(y)),
            new XAttribute("width", Number(width)),
            new XAttribute("height", Number(height)),
            new XAttribute("rx", Number(radius)),
            new XAttribute("fill", fill),
            new XAttribute("stroke", stroke),
            new XAttribute("stroke-width", Number(strokeWidth)));

    private static XElement Arrow(DiagramEdge edge, double boxHeight)
    {
        var (path, direction) = edge.Kind switch
        {
            DiagramEdgeKind.Forward => (ForwardPath(edge, boxHeight), (0.0, 1.0)),
            DiagramEdgeKind.Back => (BackPath(edge), (1.0, 0.0)),
            _ => (SelfPath(edge), Normalise(-DiagramLayout.SelfLoopReach, -16)),
        };
        var kind = edge.Kind switch
        {
            DiagramEdgeKind.Forward => "forward",
            DiagramEdgeKind.Back => "back",
            _ => "self",
        };
        var line = new XElement(
            Svg + "path",
            new XAttribute("d", path),
            new XAttribute("fill", "none"),
            new XAttribute("stroke", ArrowColour),
            new XAttribute("stroke-width", "1.4"));
        if (edge.Kind != DiagramEdgeKind.Forward)
        {
            line.Add(new XAttribute("stroke-dasharray", "5 3"));
        }

        return new XElement(
            Svg + "g",
            new XAttribute("class", $"transition {kind}"),
            new XAttribute("data-from", edge.From.Stage!.Id),
            new XAttribute("data-to", edge.To.Stage!.Id),
            new XElement(Svg + "title", string.Join(", ", edge.Labels.Where(l => l.Length > 0).Distinct(StringComparer.Ordinal))),
            line,
            Head(edge.End, direction));
    }

    private static string ForwardPath(DiagramEdge edge, double boxHeight)
    {
        var d = new StringBuilder().Append('M').Append(Point(edge.Start));
        var from = edge.Start;
        foreach (var via in edge.Via)
        {
            Curve(d, from, (via.CenterX, via.Top));
            from = (via.CenterX, via.Top + boxHeight);
            d.Append(" L").Append(Point(from));
        }

        Curve(d, from, edge.End);
        return d.ToString();
    }

    // A vertical S-curve: leaves downwards and arrives downwards.
    private static void Curve(StringBuilder d, (double X, double Y) from, (double X, double Y) to)
    {
        var half = (to.Y - from.Y) / 2;
        d.Append(" C").Append(Point((from.X, from.Y + half)))
            .Append(' ').Append(Point((to.X, to.Y - half)))
            .Append(' ').Append(Point(to));
    }

    // Left from the box, up the lane with rounded corners, right into the target box.
    private static string BackPath(DiagramEdge edge)
    {
        var (start, end, lane) = (edge.Start, edge.End, edge.Lane);
        var sign = end.Y < start.Y ? -1 : 1;
        var radius = Math.Min(10, Math.Abs(end.Y - start.Y) / 2);
        return $"M{Point(start)} H{Number(lane + radius)} Q{Point((lane, start.Y))} {Point((lane, start.Y + (sign * radius)))}"
            + $" V{Number(end.Y - (sign * radius))} Q{Point((lane, end.Y))} {Point((lane + radius, end.Y))} H{Number(end.X)}";
    }

    private static string SelfPath(DiagramEdge edge)
    {
        var reach = DiagramLayout.SelfLoopReach;
        return $"M{Point(edge.Start)} C{Point((edge.Start.X + reach, edge.Start.Y - 16))} {Point((edge.End.X + reach, edge.End.Y + 16))} {Point(edge.End)}";
    }

    private static XElement Head((double X, double Y) tip, (double X, double Y) direction)
    {
        var (dx, dy) = direction;
        var (nx, ny) = (-dy, dx);
        var baseX = tip.X - (8 * dx);
        var baseY = tip.Y - (8 * dy);
        return new XElement(
            Svg + "polygon",
            new XAttribute("points", $"{Point(tip)} {Point((baseX + (4 * nx), baseY + (4 * ny)))} {Point((baseX - (4 * nx), baseY - (4 * ny)))}"),
            new XAttribute("fill", ArrowColour));
    }

    private static (double X, double Y) Normalise(double x, double y)
    {
        var length = Math.Sqrt((x * x) + (y * y));
        return (x / length, y / length);
    }

    private static string Point((double X, double Y) point) => $"{Number(point.X)} {Number(point.Y)}";

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
