namespace AgreementFlow.Web.Documents.Forms;

/// <summary>
/// The data paths <see cref="Rendering.AgreementTemplateData"/> fills from the directory and the agreement itself
/// (parties, programmes, term, number, date): the draft form shows them but never edits them.
/// </summary>
internal static class SystemFilledFields
{
    private static readonly HashSet<string> Roots = new(StringComparer.Ordinal) { "number", "date", "title", "partners", "parties", "programs", "program" };

    private static readonly HashSet<string> Exact = new(StringComparer.Ordinal) { "term.from", "term.to" };

    private static readonly HashSet<string> PartyKeys = new(StringComparer.Ordinal)
    {
        "id", "role", "fullName", "shortName", "address", "inn", "email", "director", "directorPosition", "directorPositionGenitive", "basis",
    };

    public static bool Contains(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var root = name.Split('.')[0];
        return Roots.Contains(root) || Exact.Contains(name) || (root == "base" && name.Length > 5 && PartyKeys.Contains(name[5..]));
    }
}
