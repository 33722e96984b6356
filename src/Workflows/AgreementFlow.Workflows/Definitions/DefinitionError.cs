namespace AgreementFlow.Workflows.Definitions;

/// <summary>A problem in a workflow definition file.</summary>
/// <param name="File">The file's name, e.g. <c>network-agreement.v1.json</c>.</param>
/// <param name="JsonPath">Where in the file, e.g. <c>$.stages[3].tasks[0].outcomes[1].id</c>; <c>$</c> for the whole file.</param>
/// <param name="Message">What is wrong and what was expected, e.g. <c>expected one of: all, any, sequential; found 'first'</c>.</param>
public sealed record DefinitionError(string File, string JsonPath, string Message)
{
    /// <summary><c>file: $.path: message</c>.</summary>
    public override string ToString() => $"{File}: {JsonPath}: {Message}";
}
