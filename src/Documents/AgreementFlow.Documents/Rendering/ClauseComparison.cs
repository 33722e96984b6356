namespace AgreementFlow.Documents.Rendering;

/// <summary>One clause of a redline: how it changed and its text word by word.</summary>
/// <param name="ClauseId">The clause id both versions share (or the one that has it).</param>
/// <param name="Number">The clause number in the newer version (the older one for a removed clause).</param>
/// <param name="Change">Unchanged, changed, added or removed.</param>
/// <param name="Segments">The text as same / inserted / deleted runs; reading Same+Inserted gives the newer text.</param>
public sealed record ClauseComparison(string ClauseId, string Number, ClauseChange Change, IReadOnlyList<DiffSegment> Segments);
