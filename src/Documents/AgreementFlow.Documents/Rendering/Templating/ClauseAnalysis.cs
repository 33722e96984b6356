namespace AgreementFlow.Documents.Rendering.Templating;

/// <summary>What <see cref="ClauseScanner"/> found in a clause's text.</summary>
/// <param name="Source">The text to compile: triple-stash <c>{{{x}}}</c> turned into <c>{{x}}</c> so it is escaped too.</param>
/// <param name="Errors">Syntax errors with 1-based line and column.</param>
/// <param name="Paths">Every data path the text reads, resolved against <c>#each</c>/<c>#with</c> scopes.</param>
internal sealed record ClauseAnalysis(string Source, IReadOnlyList<ClauseSyntaxError> Errors, IReadOnlyList<DataPathUse> Paths);
