using HandlebarsDotNet;

namespace AgreementFlow.Documents.Rendering.Templating;

/// <summary>A clause's text analysed and, when free of errors, compiled; cached by the text.</summary>
internal sealed record CompiledClause(ClauseAnalysis Analysis, HandlebarsTemplate<object, object>? Template, IReadOnlyList<ClauseSyntaxError> Errors);
