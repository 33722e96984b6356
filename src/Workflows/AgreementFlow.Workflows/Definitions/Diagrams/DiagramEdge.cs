namespace AgreementFlow.Workflows.Definitions.Diagrams;

/// <summary>One arrow between two stages, standing for every transition between them.</summary>
/// <param name="From">The stage left.</param>
/// <param name="To">The stage entered.</param>
/// <param name="Kind">How it is drawn.</param>
/// <param name="Via">Points of the arrow in the layers it crosses (forward arrows only).</param>
/// <param name="Labels">What fires the transitions, for the arrow's tooltip.</param>
internal sealed record DiagramEdge(DiagramNode From, DiagramNode To, DiagramEdgeKind Kind, IReadOnlyList<DiagramNode> Via, IReadOnlyList<string> Labels)
{
    /// <summary>Where the arrow leaves its box.</summary>
    public (double X, double Y) Start { get; init; }

    /// <summary>Where the arrow's head touches its box.</summary>
    public (double X, double Y) End { get; init; }

    /// <summary>The x of the vertical run of a back arrow, left of every box.</summary>
    public double Lane { get; init; }
}
