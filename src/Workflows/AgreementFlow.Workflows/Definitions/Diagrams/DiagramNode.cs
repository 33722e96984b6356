namespace AgreementFlow.Workflows.Definitions.Diagrams;

/// <summary>A box of the diagram, or an invisible point a long arrow passes through.</summary>
internal sealed class DiagramNode(StageDefinition? stage, int layer, double width)
{
    /// <summary>The stage drawn, or null for a point of a long arrow.</summary>
    public StageDefinition? Stage { get; } = stage;

    public int Layer { get; } = layer;

    public double Width { get; } = width;

    /// <summary>Position within its layer, left to right.</summary>
    public int Order { get; set; }

    public double CenterX { get; set; }

    public double Top { get; set; }

    public double Left => CenterX - (Width / 2);

    public double Right => CenterX + (Width / 2);

    /// <summary>The stage's title, wrapped into at most two lines; empty for a point of a long arrow.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>Nodes in the layer above with a segment of an arrow into this one.</summary>
    public List<DiagramNode> Above { get; } = [];
}
