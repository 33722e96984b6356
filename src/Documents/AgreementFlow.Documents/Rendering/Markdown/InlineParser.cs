using System.Text;
using AgreementFlow.Documents.Rendering.Templating;

namespace AgreementFlow.Documents.Rendering.Markdown;

/// <summary>Bold (<c>**</c>) and italic (<c>*</c>) in the template's own text; values are copied as they are.</summary>
/// <remarks>A delimiter without a partner prints as a star. <c>\*</c>, <c>\|</c> and <c>\\</c> print the character.</remarks>
internal static class InlineParser
{
    public static IReadOnlyList<TextRun> Parse(string text)
    {
        var delimiters = FindDelimiters(text);
        var runs = new List<TextRun>();
        var current = new StringBuilder();
        var bold = false;
        var italic = false;
        var inLiteral = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == LiteralText.Start)
            {
                inLiteral = true;
                continue;
            }

            if (c == LiteralText.End)
            {
                inLiteral = false;
                continue;
            }

            if (c == LiteralText.LineBreak)
            {
                current.Append('\n');
                continue;
            }

            if (!inLiteral)
            {
                if (c == '\\' && i + 1 < text.Length && text[i + 1] is '\\' or '*' or '|' or '_' or '-' or '#' or '.' or '`')
                {
                    current.Append(text[++i]);
                    continue;
                }

                if (delimiters.TryGetValue(i, out var kind))
                {
                    Flush(runs, current, bold, italic);
                    if (kind == Delimiter.Bold)
                    {
                        bold = !bold;
                        i++;
                    }
                    else
                    {
                        italic = !italic;
                    }

                    continue;
                }
            }

            current.Append(c);
        }

        Flush(runs, current, bold, italic);
        return TrimEdges(runs);
    }

    private static Dictionary<int, Delimiter> FindDelimiters(string text)
    {
        var bold = new List<int>();
        var italic = new List<int>();
        var inLiteral = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == LiteralText.Start)
            {
                inLiteral = true;
            }
            else if (c == LiteralText.End)
            {
                inLiteral = false;
            }
            else if (!inLiteral && c == '\\')
            {
                i++;
            }
            else if (!inLiteral && c == '*')
            {
                if (i + 1 < text.Length && text[i + 1] == '*')
                {
                    bold.Add(i);
                    i++;
                }
                else
                {
                    italic.Add(i);
                }
            }
        }

        var result = new Dictionary<int, Delimiter>();
        for (var k = 0; k + 1 < bold.Count; k += 2)
        {
            result[bold[k]] = Delimiter.Bold;
            result[bold[k + 1]] = Delimiter.Bold;
        }

        for (var k = 0; k + 1 < italic.Count; k += 2)
        {
            result[italic[k]] = Delimiter.Italic;
            result[italic[k + 1]] = Delimiter.Italic;
        }

        return result;
    }

    private static void Flush(List<TextRun> runs, StringBuilder current, bool bold, bool italic)
    {
        if (current.Length == 0)
        {
            return;
        }

        var text = current.ToString();
        current.Clear();
        if (runs.Count > 0 && runs[^1].Bold == bold && runs[^1].Italic == italic)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new TextRun(text, bold, italic));
        }
    }

    private static List<TextRun> TrimEdges(List<TextRun> runs)
    {
        if (runs.Count == 0)
        {
            return runs;
        }

        runs[0] = runs[0] with { Text = runs[0].Text.TrimStart(' ') };
        runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd(' ') };
        runs.RemoveAll(r => r.Text.Length == 0);
        return runs.All(r => string.IsNullOrWhiteSpace(r.Text)) ? [] : runs;
    }

    private enum Delimiter
    {
        Bold,
        Italic,
    }
}
