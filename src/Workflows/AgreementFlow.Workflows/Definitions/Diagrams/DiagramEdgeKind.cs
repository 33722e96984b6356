namespace AgreementFlow.Workflows.Definitions.Diagrams;

/// <summary>How an arrow is drawn.</summary>
internal enum DiagramEdgeKind
{
    /// <summary>Down the layers: a smooth curve from the bottom of one box to the top of another.</summary>
    Forward,

    /// <summary>Back up the layers (a return for rework): an arc on the left of the diagram.</summary>
    Back,

    /// <summary>From a stage to itself: a loop on its right.</summary>
    Self,
}
