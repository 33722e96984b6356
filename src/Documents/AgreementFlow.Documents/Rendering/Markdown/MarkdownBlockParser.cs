using System.Text;
using AgreementFlow.Documents.Rendering.Templating;

namespace AgreementFlow.Documents.Rendering.Markdown;

/// <summary>Turns a rendered clause (template text with literal value spans) into blocks: the Markdown subset of clauses.</summary>
/// <remarks>Paragraphs are separated by blank lines; a single new line is a line break. Lines beginning with <c>1.</c>
/// or <c>1)</c> form a numbered list, with <c>-</c> or <c>* </c> a bulleted one; lines beginning with <c>|</c> a table,
/// whose first row is a header when the second is <c>|---|---|</c>. Only the template's own characters are markup:
/// text inside literal spans (the data) never is.</remarks>
internal static class MarkdownBlockParser
{
    public static IReadOnlyList<DocumentBlock> Parse(string rendered)
    {
        var lines = rendered.Split('\n');
        var blocks = new List<DocumentBlock>();
        var paragraph = new List<string>();
        var i = 0;
        while (i < lines.Length)
        {
            var line = TrimOutsideLiterals(lines[i]);
            if (IsBlank(line))
            {
                FlushParagraph(paragraph, blocks);
                i++;
                continue;
            }

            if (line[0] == '|')
            {
                FlushParagraph(paragraph, blocks);
                var rows = new List<string>();
                while (i < lines.Length && TrimOutsideLiterals(lines[i]) is { Length: > 0 } row && row[0] == '|')
                {
                    rows.Add(row);
                    i++;
                }

                var table = ParseTable(rows);
                if (table is not null)
                {
                    blocks.Add(table);
                }

                continue;
            }

            if (TryListMarker(line, out var ordered, out var number, out _))
            {
                FlushParagraph(paragraph, blocks);
                var items = new List<ListItem>();
                var start = number;
                while (i < lines.Length)
                {
                    var itemLine = TrimOutsideLiterals(lines[i]);
                    if (!TryListMarker(itemLine, out var itemOrdered, out _, out var rest) || itemOrdered != ordered)
                    {
                        break;
                    }

                    var runs = InlineParser.Parse(rest);
                    if (runs.Count > 0)
                    {
                        items.Add(new ListItem(runs));
                    }

                    i++;
                }

                if (items.Count > 0)
                {
                    blocks.Add(new ListBlock(ordered, ordered ? start : 1, items));
                }

                continue;
            }

            paragraph.Add(line);
            i++;
        }

        FlushParagraph(paragraph, blocks);
        return blocks;
    }

    private static void FlushParagraph(List<string> lines, List<DocumentBlock> blocks)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var runs = InlineParser.Parse(string.Join('\n', lines));
        lines.Clear();
        if (runs.Count > 0)
        {
            blocks.Add(new ParagraphBlock(runs));
        }
    }

    private static TableBlock? ParseTable(List<string> lines)
    {
        var cellsPerRow = lines.Select(SplitCells).ToList();
        var hasHeader = cellsPerRow.Count > 1 && cellsPerRow[1].All(IsSeparatorCell);
        var rows = new List<TableRow>();
        for (var r = 0; r < cellsPerRow.Count; r++)
        {
            if (hasHeader && r == 1)
            {
                continue;
            }

            if (r > 1 && cellsPerRow[r].All(IsSeparatorCell))
            {
                continue;
            }

            rows.Add(new TableRow(cellsPerRow[r].Select(c => new TableCell(InlineParser.Parse(c))).ToList()));
        }

        if (rows.Count == 0 || rows.All(r => r.Cells.All(c => c.Runs.Count == 0)))
        {
            return null;
        }

        var columns = rows.Max(r => r.Cells.Count);
        var padded = rows.Select(r => r.Cells.Count == columns
            ? r
            : new TableRow(r.Cells.Concat(Enumerable.Repeat(new TableCell([]), columns - r.Cells.Count)).ToList())).ToList();
        return new TableBlock(padded, hasHeader);
    }

    /// <summary>Splits <c>| a | b |</c> on the template's own pipes (not escaped, not inside a value).</summary>
    private static List<string> SplitCells(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var inLiteral = false;
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == LiteralText.Start)
            {
                inLiteral = true;
            }
            else if (c == LiteralText.End)
            {
                inLiteral = false;
            }
            else if (!inLiteral && c == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                current.Append('\\').Append('|');
                i++;
                continue;
            }
            else if (!inLiteral && c == '|')
            {
                cells.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        if (!IsBlank(current.ToString()))
        {
            cells.Add(current.ToString());
        }

        return cells;
    }

    private static bool IsSeparatorCell(string cell)
    {
        var t = cell.Trim().Trim(':');
        return t.Length >= 1 && t.All(c => c == '-');
    }

    private static bool TryListMarker(string line, out bool ordered, out int number, out string rest)
    {
        ordered = false;
        number = 1;
        rest = string.Empty;
        if (line.Length >= 2 && line[0] is '-' or '*' or '•' && line[1] == ' ')
        {
            rest = line[2..];
            return true;
        }

        var digits = 0;
        while (digits < line.Length && digits < 4 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ')
        {
            ordered = true;
            number = int.Parse(line.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
            rest = line[(digits + 2)..];
            return true;
        }

        return false;
    }

    /// <summary>Trims spaces at both ends that belong to the template (a value's own spaces are kept inside its span).</summary>
    private static string TrimOutsideLiterals(string line) => line.Trim(' ', '\r', '\t');

    /// <summary>Blank when nothing but spaces and empty values.</summary>
    private static bool IsBlank(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && c is not (LiteralText.Start or LiteralText.End))
            {
                return false;
            }
        }

        return true;
    }
}
