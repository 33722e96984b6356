namespace AgreementFlow.Web.Archive;

/// <summary>
/// What the public verification says about a hash: <c>authentic</c> (an archived file, and the stored bytes still hash to it),
/// <c>tampered</c> (archived, but the stored bytes changed or are gone) or <c>notFound</c>. Only what identifies the
/// document: number, kind, the parties (organisations), the date — nobody's name.
/// </summary>
public sealed record Verification(
    string Sha256,
    string Status,
    string? File,
    string? FileName,
    string? Number,
    string? Kind,
    string? Title,
    IReadOnlyList<string> Parties,
    DateOnly? TermFrom,
    DateOnly? TermTo,
    DateOnly? ArchivedOn)
{
    public const string Authentic = "authentic";
    public const string Tampered = "tampered";
    public const string NotFound = "notFound";

    public static Verification Unknown(string sha256) => new(sha256, NotFound, null, null, null, null, null, [], null, null, null);
}
