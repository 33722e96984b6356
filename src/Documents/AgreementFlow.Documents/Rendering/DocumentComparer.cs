using System.Globalization;
using System.Text.RegularExpressions;
using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Documents.Rendering;

/// <summary>Redlines: clauses matched by id, the text of each compared word by word.</summary>
/// <remarks>The word diff is a longest common subsequence over words (with the whitespace that follows each), after
/// trimming the common beginning and end, which in a negotiated clause is nearly all of it. A clause too long for the
/// table (over four million word pairs after trimming) is shown as wholly replaced.</remarks>
public static partial class DocumentComparer
{
    private const long MaxCells = 4_000_000;

    /// <summary>Compares two rendered versions of a document, in the newer version's clause order; removed clauses
    /// appear where they stood.</summary>
    public static DocumentComparison Compare(RenderedDocument from, RenderedDocument to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return new DocumentComparison(CompareClauses(
            from.AllClauses.Select(c => new Side(c.Id, c.Number, c.PlainText)).ToList(),
            to.AllClauses.Select(c => new Side(c.Id, c.Number, c.PlainText)).ToList()));
    }

    /// <summary>Compares two template versions on their clause source text (with title, condition and statutory tags).</summary>
    public static TemplateComparison CompareTemplates(TemplateContent from, TemplateContent to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return new TemplateComparison(CompareClauses(TemplateSides(from), TemplateSides(to)));
    }

    /// <summary>The word-by-word difference of two texts.</summary>
    public static IReadOnlyList<DiffSegment> DiffWords(string from, string to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var a = Tokens(from);
        var b = Tokens(to);
        var segments = new List<DiffSegment>();
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && Same(a[prefix], b[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && Same(a[a.Count - 1 - suffix], b[b.Count - 1 - suffix]))
        {
            suffix++;
        }

        for (var i = 0; i < prefix; i++)
        {
            Add(segments, DiffKind.Same, b[i]);
        }

        var n = a.Count - prefix - suffix;
        var m = b.Count - prefix - suffix;
        if ((long)n * m > MaxCells)
        {
            for (var i = 0; i < n; i++)
            {
                Add(segments, DiffKind.Deleted, a[prefix + i]);
            }

            for (var j = 0; j < m; j++)
            {
                Add(segments, DiffKind.Inserted, b[prefix + j]);
            }
        }
        else
        {
            Middle(a, b, prefix, n, m, segments);
        }

        for (var i = b.Count - suffix; i < b.Count; i++)
        {
            Add(segments, DiffKind.Same, b[i]);
        }

        return segments;
    }

    private static void Middle(List<string> a, List<string> b, int offset, int n, int m, List<DiffSegment> segments)
    {
        // lcs[i, j]: the longest common subsequence of a[i..n) and b[j..m).
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = Same(a[offset + i], b[offset + j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (Same(a[offset + x], b[offset + y]))
            {
                Add(segments, DiffKind.Same, b[offset + y]);
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                Add(segments, DiffKind.Deleted, a[offset + x]);
                x++;
            }
            else
            {
                Add(segments, DiffKind.Inserted, b[offset + y]);
                y++;
            }
        }

        for (; x < n; x++)
        {
            Add(segments, DiffKind.Deleted, a[offset + x]);
        }

        for (; y < m; y++)
        {
            Add(segments, DiffKind.Inserted, b[offset + y]);
        }
    }

    private static List<ClauseComparison> CompareClauses(List<Side> from, List<Side> to)
    {
        var fromById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < from.Count; i++)
        {
            fromById.TryAdd(from[i].Id, i);
        }

        var toIds = to.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var result = new List<ClauseComparison>(Math.Max(from.Count, to.Count));
        var next = 0;
        foreach (var clause in to)
        {
            if (!fromById.TryGetValue(clause.Id, out var index))
            {
                // A clause replaced in place reads as the old one struck out, then the new one.
                for (; next < from.Count && !toIds.Contains(from[next].Id); next++)
                {
                    result.Add(Removed(from[next]));
                }

                result.Add(new ClauseComparison(clause.Id, clause.Number, ClauseChange.Added, Whole(DiffKind.Inserted, clause.Text)));
                continue;
            }

            for (; next <= index; next++)
            {
                if (!toIds.Contains(from[next].Id))
                {
                    result.Add(Removed(from[next]));
                }
            }

            var old = from[index];
            if (string.Equals(old.Text, clause.Text, StringComparison.Ordinal))
            {
                result.Add(new ClauseComparison(clause.Id, clause.Number, ClauseChange.Unchanged, Whole(DiffKind.Same, clause.Text)));
            }
            else
            {
                var segments = DiffWords(old.Text, clause.Text);
                var change = segments.All(s => s.Kind == DiffKind.Same) ? ClauseChange.Unchanged : ClauseChange.Changed;
                result.Add(new ClauseComparison(clause.Id, clause.Number, change, segments));
            }
        }

        for (; next < from.Count; next++)
        {
            if (!toIds.Contains(from[next].Id))
            {
                result.Add(Removed(from[next]));
            }
        }

        return result;
    }

    private static ClauseComparison Removed(Side clause) =>
        new(clause.Id, clause.Number, ClauseChange.Removed, Whole(DiffKind.Deleted, clause.Text));

    private static List<DiffSegment> Whole(DiffKind kind, string text) => text.Length == 0 ? [] : [new DiffSegment(kind, text)];

    private static List<Side> TemplateSides(TemplateContent template)
    {
        var sides = new List<Side>();
        var sectionNumber = 0;
        foreach (var section in template.Sections)
        {
            var titled = !string.IsNullOrWhiteSpace(section.Title);
            if (titled)
            {
                sectionNumber++;
            }

            var clauseNumber = 0;
            foreach (var clause in section.Clauses)
            {
                var number = titled && clause.Numbered
                    ? string.Create(CultureInfo.InvariantCulture, $"{sectionNumber}.{++clauseNumber}.")
                    : string.Empty;
                var text = clause.Text;
                if (!string.IsNullOrWhiteSpace(clause.Title))
                {
                    text = clause.Title + "\n" + text;
                }

                if (!string.IsNullOrWhiteSpace(clause.Condition))
                {
                    text += $"\n[условие: {clause.Condition}]";
                }

                if (clause.Covers.Count > 0)
                {
                    text += $"\n[пункты ч. 3 ст. 15: {string.Join(", ", clause.Covers.Order().Select(c => ((int)c).ToString(CultureInfo.InvariantCulture)))}]";
                }

                sides.Add(new Side(clause.Id, number, text));
            }
        }

        return sides;
    }

    private static List<string> Tokens(string text) => WordPattern().Matches(text).Select(m => m.Value).ToList();

    private static bool Same(string a, string b) => a.AsSpan().TrimEnd().SequenceEqual(b.AsSpan().TrimEnd());

    private static void Add(List<DiffSegment> segments, DiffKind kind, string text)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }

    [GeneratedRegex(@"\s*\S+\s*")]
    private static partial Regex WordPattern();

    private sealed record Side(string Id, string Number, string Text);
}
