using System.Text;

namespace AgreementFlow.Documents.Rendering;

/// <summary>Writes a rendered document as clean semantic HTML: a header, numbered sections and clauses, lists and tables.</summary>
/// <remarks>Every text is HTML-encoded here; nothing from the data reaches the output as markup. Class names start with
/// <c>af-</c> so that a page can style the fragment without clashing.</remarks>
public static class HtmlDocumentWriter
{
    private const string PrintCss = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 12pt; line-height: 1.35; color: #000; background: #fff; margin: 0; }
        .af-document { max-width: 165mm; margin: 0 auto; padding: 12mm 0; }
        .af-document-header { text-align: center; margin-bottom: 1.2em; }
        .af-document-header h1 { font-size: 13pt; font-weight: bold; margin: 0 0 .3em; }
        .af-number { margin: 0 0 .6em; }
        .af-place-date { display: flex; justify-content: space-between; margin: 0; }
        .af-section h2 { font-size: 12pt; font-weight: bold; text-align: center; margin: 1.1em 0 .5em; }
        .af-clause p { text-align: justify; text-indent: 1.25cm; margin: 0 0 .35em; }
        .af-clause ol, .af-clause ul { margin: 0 0 .35em 1.25cm; padding-left: 1.2em; }
        .af-clause table { border-collapse: collapse; width: 100%; margin: .4em 0 .6em; }
        .af-clause th, .af-clause td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
        .af-clause th { font-weight: bold; }
        .af-clause-number { font-weight: normal; }
        @media print { .af-document { padding: 0; } .af-section h2 { break-after: avoid; } tr { break-inside: avoid; } }
        """;

    /// <summary>An HTML fragment (<c>&lt;article class="af-document"&gt;</c>) for embedding in a page or an e-mail.</summary>
    public static string WriteFragment(RenderedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(8192);
        WriteArticle(html, document);
        return html.ToString();
    }

    /// <summary>A complete HTML document with print CSS (A4, the margins of the DOCX).</summary>
    public static string WritePage(RenderedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(12288);
        html.Append("<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Encode(html, Title(document.Header));
        html.Append("</title>\n<style>\n").Append(PrintCss).Append("\n</style>\n</head>\n<body>\n");
        WriteArticle(html, document);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteArticle(StringBuilder html, RenderedDocument document)
    {
        html.Append("<article class=\"af-document\">\n");
        WriteHeader(html, document.Header);
        foreach (var section in document.Sections)
        {
            html.Append("<section class=\"af-section\">\n");
            if (section.Title.Length > 0)
            {
                html.Append("<h2>");
                if (section.Number.Length > 0)
                {
                    Encode(html, section.Number);
                    html.Append(' ');
                }

                Encode(html, section.Title);
                html.Append("</h2>\n");
            }

            foreach (var clause in section.Clauses)
            {
                WriteClause(html, clause);
            }

            html.Append("</section>\n");
        }

        html.Append("</article>\n");
    }

    private static void WriteHeader(StringBuilder html, DocumentHeader header)
    {
        if (header.Title.Length == 0 && header.Number is null && header.Date is null && header.Place is null)
        {
            return;
        }

        html.Append("<header class=\"af-document-header\">\n<h1>");
        Encode(html, header.Title);
        html.Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(header.Number))
        {
            html.Append("<p class=\"af-number\">№ ");
            Encode(html, header.Number);
            html.Append("</p>\n");
        }

        if (header.Place is not null || header.Date is not null)
        {
            html.Append("<p class=\"af-place-date\"><span>");
            Encode(html, header.Place ?? string.Empty);
            html.Append("</span><span>");
            if (header.Date is { } date)
            {
                Encode(html, RussianFormat.LongDate(date));
            }

            html.Append("</span></p>\n");
        }

        html.Append("</header>\n");
    }

    private static void WriteClause(StringBuilder html, RenderedClause clause)
    {
        html.Append("<div class=\"af-clause\" data-clause=\"");
        Encode(html, clause.Id);
        html.Append("\">\n");
        var numberPending = clause.Number.Length > 0 || clause.Title is not null;
        if (numberPending && (clause.Title is not null || clause.Blocks.Count == 0 || clause.Blocks[0] is not ParagraphBlock))
        {
            html.Append("<p>");
            WriteNumber(html, clause);
            html.Append("</p>\n");
            numberPending = false;
        }

        foreach (var block in clause.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    html.Append("<p>");
                    if (numberPending)
                    {
                        WriteNumber(html, clause);
                        numberPending = false;
                    }

                    WriteRuns(html, paragraph.Runs);
                    html.Append("</p>\n");
                    break;
                case ListBlock list:
                    if (list.Ordered)
                    {
                        html.Append(list.Start == 1 ? "<ol>\n" : $"<ol start=\"{list.Start}\">\n");
                    }
                    else
                    {
                        html.Append("<ul>\n");
                    }

                    foreach (var item in list.Items)
                    {
                        html.Append("<li>");
                        WriteRuns(html, item.Runs);
                        html.Append("</li>\n");
                    }

                    html.Append(list.Ordered ? "</ol>\n" : "</ul>\n");
                    break;
                case TableBlock table:
                    WriteTable(html, table);
                    break;
            }
        }

        html.Append("</div>\n");
    }

    private static void WriteNumber(StringBuilder html, RenderedClause clause)
    {
        if (clause.Number.Length > 0)
        {
            html.Append("<span class=\"af-clause-number\">");
            Encode(html, clause.Number);
            html.Append("</span> ");
        }

        if (clause.Title is not null)
        {
            html.Append("<strong>");
            Encode(html, clause.Title);
            html.Append("</strong>");
        }
    }

    private static void WriteTable(StringBuilder html, TableBlock table)
    {
        html.Append("<table>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var header = table.HasHeader && r == 0;
            if (header)
            {
                html.Append("<thead>\n");
            }
            else if (r == (table.HasHeader ? 1 : 0))
            {
                html.Append("<tbody>\n");
            }

            html.Append("<tr>");
            foreach (var cell in table.Rows[r].Cells)
            {
                html.Append(header ? "<th>" : "<td>");
                WriteRuns(html, cell.Runs);
                html.Append(header ? "</th>" : "</td>");
            }

            html.Append("</tr>\n");
            if (header)
            {
                html.Append("</thead>\n");
            }
        }

        if (table.Rows.Count > (table.HasHeader ? 1 : 0))
        {
            html.Append("</tbody>\n");
        }

        html.Append("</table>\n");
    }

    private static void WriteRuns(StringBuilder html, IReadOnlyList<TextRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Bold)
            {
                html.Append("<strong>");
            }

            if (run.Italic)
            {
                html.Append("<em>");
            }

            var lines = run.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    html.Append("<br>");
                }

                Encode(html, lines[i]);
            }

            if (run.Italic)
            {
                html.Append("</em>");
            }

            if (run.Bold)
            {
                html.Append("</strong>");
            }
        }
    }

    private static string Title(DocumentHeader header) =>
        string.IsNullOrWhiteSpace(header.Number) ? header.Title : $"{header.Title} № {header.Number}";

    private static void Encode(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '&':
                    html.Append("&amp;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\'':
                    html.Append("&#39;");
                    break;
                default:
                    html.Append(c);
                    break;
            }
        }
    }
}
