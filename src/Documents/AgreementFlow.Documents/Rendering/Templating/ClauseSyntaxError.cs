namespace AgreementFlow.Documents.Rendering.Templating;

/// <summary>A syntax error at a 1-based line and column of a clause's text, in Russian.</summary>
internal readonly record struct ClauseSyntaxError(int Line, int Column, string Message);
