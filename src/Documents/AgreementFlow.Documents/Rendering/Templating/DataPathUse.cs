namespace AgreementFlow.Documents.Rendering.Templating;

/// <summary>A data path a clause reads.</summary>
/// <param name="Written">As written, e.g. <c>fullName</c>.</param>
/// <param name="Resolved">Against the root, rows of a list as <c>[]</c>, e.g. <c>partners[].fullName</c>.</param>
/// <param name="Line">1-based line of the tag.</param>
/// <param name="Column">1-based column of the tag.</param>
internal readonly record struct DataPathUse(string Written, string Resolved, int Line, int Column);
