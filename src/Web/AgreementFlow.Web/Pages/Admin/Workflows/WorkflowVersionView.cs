using AgreementFlow.Workflows.Definitions;

namespace AgreementFlow.Web.Pages.Admin.Workflows;

/// <summary>One version of a route as the administrators' page shows it.</summary>
/// <param name="Definition">The version.</param>
/// <param name="Title">The route's title in the reader's language.</param>
/// <param name="Latest">Whether new instances start on this version.</param>
/// <param name="Running">Instances of this version not yet in a final stage.</param>
/// <param name="Completed">Instances of this version that reached a final stage.</param>
/// <param name="DiagramSvg">The version's diagram, rendered (and escaped) by <c>WorkflowDiagram</c>.</param>
public sealed record WorkflowVersionView(WorkflowDefinition Definition, string Title, bool Latest, int Running, int Completed, string DiagramSvg);
