namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>Why an instance may not leave its stage, in words for the person who asked.</summary>
/// <param name="Message">One sentence for the page or the ProblemDetails' detail.</param>
/// <param name="Reasons">Each thing that is missing, one per line.</param>
public sealed record StageExitRefusal(string Message, IReadOnlyList<string> Reasons);
