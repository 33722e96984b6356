namespace AgreementFlow.Workflows.Definitions.Diagrams;

/// <summary>
/// Places the stages of a route in layers, top to bottom: a stage's layer is the longest path to it from
/// the start stage, ignoring arrows that go back (returns for rework), so the main flow reads downwards
/// and returns arc up on the left. Arrows that skip layers pass through invisible points, so they never
/// cross a box; one barycentre pass orders each layer under its predecessors.
/// </summary>
internal sealed class DiagramLayout
{
    // An average 13-pixel glyph, generous for wide fonts (DejaVu Sans) and Cyrillic, plus room for bold:
    // every box has the width of the widest, and the current one is drawn bold.
    public const double CharWidth = 8.0 * 1.06;
    public const double LineHeight = 16;
    public const int MaxLineChars = 24;
    private const double LayerGap = 40;
    private const double NodeGap = 20;
    private const double PointWidth = 8;
    private const double Margin = 16;
    private const double LaneGap = 12;
    public const double SelfLoopReach = 28;

    private DiagramLayout(IReadOnlyList<DiagramNode> boxes, IReadOnlyList<DiagramEdge> edges, double boxHeight, double width, double height)
    {
        Boxes = boxes;
        Edges = edges;
        BoxHeight = boxHeight;
        Width = width;
        Height = height;
    }

    /// <summary>A box per stage, in the definition's order.</summary>
    public IReadOnlyList<DiagramNode> Boxes { get; }

    public IReadOnlyList<DiagramEdge> Edges { get; }

    public double BoxHeight { get; }

    public double Width { get; }

    public double Height { get; }

    public static DiagramLayout Compute(WorkflowDefinition definition, string language)
    {
        var stages = definition.Stages;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stages.Count; i++)
        {
            index.TryAdd(stages[i].Id, i);
        }

        var (pairs, successors) = CollectPairs(stages, index, language);
        var (back, component, postorder) = Explore(stages.Count, successors, index.GetValueOrDefault(definition.StartStage, -1));
        bool IsForward((int From, int To) pair) => pair.From != pair.To && !back.Contains(pair) && component[pair.From] == component[pair.To];
        var layer = AssignLayers(stages.Count, successors, postorder, component, IsForward);

        var lines = stages.Select(s => Wrap(s.Title.In(language))).ToList();
        var longest = lines.SelectMany(l => l).Select(l => l.Length).DefaultIfEmpty(0).Max();
        var boxWidth = Math.Clamp((longest * CharWidth) + 24, 120, (MaxLineChars * CharWidth) + 24);
        var boxHeight = 20 + (lines.Select(l => l.Count).DefaultIfEmpty(1).Max() * LineHeight);

        var layers = Enumerable.Range(0, layer.DefaultIfEmpty(-1).Max() + 1).Select(_ => new List<DiagramNode>()).ToList();
        var boxes = stages.Select((stage, i) => new DiagramNode(stage, layer[i], boxWidth) { Lines = lines[i] }).ToList();
        foreach (var box in boxes)
        {
            layers[box.Layer].Add(box);
        }

        var edges = new List<DiagramEdge>();
        foreach (var (pair, labels) in pairs)
        {
            var (from, to) = (boxes[pair.From], boxes[pair.To]);
            if (!IsForward(pair))
            {
                edges.Add(new DiagramEdge(from, to, pair.From == pair.To ? DiagramEdgeKind.Self : DiagramEdgeKind.Back, [], labels));
                continue;
            }

            var via = new List<DiagramNode>();
            var previous = from;
            for (var l = from.Layer + 1; l < to.Layer; l++)
            {
                var point = new DiagramNode(null, l, PointWidth);
                point.Above.Add(previous);
                layers[l].Add(point);
                via.Add(point);
                previous = point;
            }

            to.Above.Add(previous);
            edges.Add(new DiagramEdge(from, to, DiagramEdgeKind.Forward, via, labels));
        }

        OrderLayers(layers);
        var backCount = edges.Count(e => e.Kind == DiagramEdgeKind.Back);
        var contentLeft = Margin + (backCount > 0 ? (LaneGap * backCount) + 8 : 0);
        var contentWidth = layers.Select(RowWidth).DefaultIfEmpty(boxWidth).Max();
        for (var l = 0; l < layers.Count; l++)
        {
            var x = contentLeft + ((contentWidth - RowWidth(layers[l])) / 2);
            foreach (var node in layers[l])
            {
                node.CenterX = x + (node.Width / 2);
                node.Top = Margin + (l * (boxHeight + LayerGap));
                x += node.Width + NodeGap;
            }
        }

        var rightArea = edges.Any(e => e.Kind == DiagramEdgeKind.Self) ? SelfLoopReach + 4 : 0;
        var width = contentLeft + contentWidth + rightArea + Margin;
        var height = (2 * Margin) + Math.Max(0, (layers.Count * (boxHeight + LayerGap)) - LayerGap);
        return new DiagramLayout(boxes, Attach(edges, boxHeight, contentLeft), boxHeight, width, height);
    }

    /// <summary>One entry per (from, to) pair of stages, with the labels of every transition between them.</summary>
    private static (List<((int From, int To) Pair, List<string> Labels)> Pairs, List<int>[] Successors) CollectPairs(
        IReadOnlyList<StageDefinition> stages, Dictionary<string, int> index, string language)
    {
        var pairs = new List<((int From, int To) Pair, List<string> Labels)>();
        var byPair = new Dictionary<(int, int), List<string>>();
        var successors = stages.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < stages.Count; i++)
        {
            foreach (var transition in stages[i].Transitions)
            {
                if (!index.TryGetValue(transition.To, out var j))
                {
                    continue;
                }

                if (!byPair.TryGetValue((i, j), out var labels))
                {
                    labels = [];
                    byPair.Add((i, j), labels);
                    pairs.Add(((i, j), labels));
                    successors[i].Add(j);
                }

                labels.Add(Label(stages[i], transition, language));
            }
        }

        return (pairs, successors);
    }

    /// <summary>
    /// Depth-first from the start stage, then from any stage not reached: an arrow into a stage still on
    /// the search path goes back. Component 0 is what the start stage reaches.
    /// </summary>
    private static (HashSet<(int, int)> Back, int[] Component, List<int> Postorder) Explore(int count, List<int>[] successors, int start)
    {
        var state = new int[count];
        var component = new int[count];
        var back = new HashSet<(int, int)>();
        var postorder = new List<int>();

        void Visit(int node, int part)
        {
            state[node] = 1;
            component[node] = part;
            foreach (var next in successors[node])
            {
                if (state[next] == 1)
                {
                    back.Add((node, next));
                }
                else if (state[next] == 0)
                {
                    Visit(next, part);
                }
            }

            state[node] = 2;
            postorder.Add(node);
        }

        if (start >= 0)
        {
            Visit(start, 0);
        }

        for (var i = 0; i < count; i++)
        {
            if (state[i] == 0)
            {
                Visit(i, 1);
            }
        }

        return (back, component, postorder);
    }

    /// <summary>Longest path over forward arrows; stages the start does not reach go below the rest.</summary>
    private static int[] AssignLayers(int count, List<int>[] successors, List<int> postorder, int[] component, Func<(int, int), bool> isForward)
    {
        var layer = new int[count];
        for (var k = postorder.Count - 1; k >= 0; k--)
        {
            var node = postorder[k];
            foreach (var next in successors[node].Where(next => isForward((node, next))))
            {
                layer[next] = Math.Max(layer[next], layer[node] + 1);
            }
        }

        var reachedDepth = Enumerable.Range(0, count).Where(i => component[i] == 0).Select(i => layer[i]).DefaultIfEmpty(-1).Max();
        for (var i = 0; i < count; i++)
        {
            if (component[i] != 0)
            {
                layer[i] += reachedDepth + 1;
            }
        }

        return layer;
    }

    private static void OrderLayers(List<List<DiagramNode>> layers)
    {
        for (var l = 0; l < layers.Count; l++)
        {
            if (l > 0)
            {
                // Stable: nodes with equal barycentres keep the definition's order.
                layers[l] = [.. layers[l].OrderBy(node => node.Above.Count > 0 ? node.Above.Average(a => a.Order) : node.Order)];
            }

            for (var i = 0; i < layers[l].Count; i++)
            {
                layers[l][i].Order = i;
            }
        }
    }

    private static double RowWidth(List<DiagramNode> row) => row.Sum(n => n.Width) + (NodeGap * Math.Max(0, row.Count - 1));

    /// <summary>Spreads the ends of arrows along the sides of boxes and gives each back arrow its own lane.</summary>
    private static List<DiagramEdge> Attach(List<DiagramEdge> edges, double boxHeight, double contentLeft)
    {
        var starts = new Dictionary<DiagramEdge, (double, double)>();
        var ends = new Dictionary<DiagramEdge, (double, double)>();
        var forward = edges.Where(e => e.Kind == DiagramEdgeKind.Forward).ToList();
        foreach (var group in forward.GroupBy(e => e.From))
        {
            var ordered = group.OrderBy(e => (e.Via.Count > 0 ? e.Via[0] : e.To).CenterX).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                starts[ordered[i]] = (Spread(group.Key, i, ordered.Count), group.Key.Top + boxHeight);
            }
        }

        foreach (var group in forward.GroupBy(e => e.To))
        {
            var ordered = group.OrderBy(e => (e.Via.Count > 0 ? e.Via[^1] : e.From).CenterX).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                ends[ordered[i]] = (Spread(group.Key, i, ordered.Count), group.Key.Top);
            }
        }

        // Shorter returns run closer to the boxes, so arcs nest instead of crossing.
        var returns = edges.Where(e => e.Kind == DiagramEdgeKind.Back).OrderBy(e => Math.Abs(e.From.Layer - e.To.Layer)).ToList();
        var lanes = returns.Select((edge, k) => (edge, lane: contentLeft - 8 - (LaneGap * k))).ToDictionary(p => p.edge, p => p.lane);
        var sideEnds = returns.SelectMany(e => new[] { (Edge: e, Node: e.From, IsStart: true), (Edge: e, Node: e.To, IsStart: false) })
            .GroupBy(p => p.Node);
        foreach (var group in sideEnds)
        {
            var items = group.ToList();
            for (var i = 0; i < items.Count; i++)
            {
                var point = (group.Key.Left, group.Key.Top + (boxHeight * (i + 1) / (items.Count + 1)));
                (items[i].IsStart ? starts : ends)[items[i].Edge] = point;
            }
        }

        return edges.Select(edge => edge.Kind switch
        {
            DiagramEdgeKind.Forward or DiagramEdgeKind.Back => edge with { Start = starts[edge], End = ends[edge], Lane = lanes.GetValueOrDefault(edge) },
            _ => edge with
            {
                Start = (edge.From.Right, edge.From.Top + (boxHeight / 2) - 8),
                End = (edge.From.Right, edge.From.Top + (boxHeight / 2) + 8),
            },
        }).ToList();
    }

    private static double Spread(DiagramNode node, int i, int count)
    {
        if (count <= 1 || node.Stage is null)
        {
            return node.CenterX;
        }

        var step = Math.Min(24, node.Width * 0.7 / (count - 1));
        return node.CenterX + ((i - ((count - 1) / 2.0)) * step);
    }

    private static string Label(StageDefinition stage, TransitionDefinition transition, string language)
    {
        var english = language == "en";
        var label = transition.Trigger switch
        {
            TransitionTrigger.Outcome => stage.FindTask(transition.Source ?? "")?.FindOutcome(transition.Outcome ?? "")?.Title.In(language) ?? transition.Outcome ?? "",
            TransitionTrigger.Command => stage.Commands.FirstOrDefault(c => c.Id == transition.Source)?.Title.In(language) ?? transition.Source ?? "",
            TransitionTrigger.Timer => english ? $"timer {transition.Source}" : $"таймер {transition.Source}",
            _ => english ? "immediately" : "сразу",
        };
        return transition.When is { } when ? $"{label} ({(english ? "if" : "если")} {when.Source})" : label;
    }

    /// <summary>Greedy word wrap into at most two lines of <see cref="MaxLineChars"/>, ending with "…" when cut.</summary>
    internal static IReadOnlyList<string> Wrap(string text)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var piece = word.Length > MaxLineChars ? string.Concat(word.AsSpan(0, MaxLineChars - 1), "…") : word;
            if (current.Length == 0)
            {
                current = piece;
            }
            else if (current.Length + 1 + piece.Length <= MaxLineChars)
            {
                current = $"{current} {piece}";
            }
            else
            {
                lines.Add(current);
                current = piece;
            }
        }

        lines.Add(current);
        if (lines.Count > 2)
        {
            var second = lines[1];
            lines = [lines[0], second.Length < MaxLineChars ? second + "…" : string.Concat(second.AsSpan(0, MaxLineChars - 1), "…")];
        }

        return lines;
    }
}
