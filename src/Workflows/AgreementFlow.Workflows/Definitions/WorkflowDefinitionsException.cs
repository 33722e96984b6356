using System.Text;

namespace AgreementFlow.Workflows.Definitions;

/// <summary>Workflow definitions failed to load; start-up stops with every problem listed.</summary>
/// <remarks>The message has one line per problem: <c>file: $.path: message</c>.</remarks>
public sealed class WorkflowDefinitionsException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/> (at least one).</summary>
    public WorkflowDefinitionsException(IReadOnlyList<DefinitionError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<DefinitionError> Errors { get; }

    private static string Describe(IReadOnlyList<DefinitionError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = new StringBuilder(errors.Count == 1
            ? "A workflow definition is invalid:"
            : $"Workflow definitions are invalid ({errors.Count} problems):");
        foreach (var error in errors)
        {
            text.AppendLine().Append(error);
        }

        return text.ToString();
    }
}
