using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Documents.Rendering.Templating;

/// <summary>The data paths a template declares, to warn about paths its clauses read but do not declare.</summary>
/// <remarks>Rows of a table field are written <c>partners[]</c>, so inside <c>{{#each partners}}</c> the path
/// <c>fullName</c> is <c>partners[].fullName</c>. Reading an object (<c>{{#with base}}</c>) is fine when some field
/// lies under it; iterating a declared non-table field (a list of strings) is fine too.</remarks>
internal sealed class DeclaredFields
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private readonly List<string> _openLists = [];

    public DeclaredFields(IReadOnlyList<TemplateField> fields)
    {
        foreach (var field in fields)
        {
            Add(field.Name);
            if (field.Type == FieldType.Table && field.Columns is { Count: > 0 } columns)
            {
                Add(field.Name + "[]");
                foreach (var column in columns)
                {
                    Add(field.Name + "[]." + column.Name);
                }
            }
            else
            {
                // A table without columns, or a list of plain values: anything inside a row is accepted.
                _openLists.Add(field.Name + "[]");
            }
        }
    }

    public bool IsDeclared(string path) =>
        _exact.Contains(path) || _prefixes.Contains(path) || _openLists.Any(list => path == list || path.StartsWith(list, StringComparison.Ordinal));

    private void Add(string name)
    {
        _exact.Add(name);
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '.' || (name[i] == '[' && i + 1 < name.Length && name[i + 1] == ']'))
            {
                _prefixes.Add(name[..i]);
            }
        }
    }
}
