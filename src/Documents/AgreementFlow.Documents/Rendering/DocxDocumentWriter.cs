using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace AgreementFlow.Documents.Rendering;

/// <summary>Writes a rendered document as DOCX with the usual Russian document style.</summary>
/// <remarks>A4; margins 20 mm top, 15 mm right, 20 mm bottom, 30 mm left; Times New Roman 12 pt; centred section
/// headings, justified clauses with their numbers, bordered tables with a repeated header row; a running header with
/// the title, number and date and page numbers (a PAGE field) in the footer. Clause numbers are text, as the HTML
/// shows them, so that the DOCX reads the same in Word, LibreOffice and the redline. The same document gives the same
/// bytes (see <see cref="DocxPackageNormalizer"/>), so a stored version's SHA-256 can be checked. The text is XML-escaped by the
/// Open XML SDK; characters XML cannot carry were already dropped when the values were printed.</remarks>
public static class DocxDocumentWriter
{
    private const string Font = "Times New Roman";
    private const string BodySize = "24";
    private const string SmallSize = "20";

    /// <summary>Text width in twentieths of a point: 210 mm − 30 mm − 15 mm = 165 mm.</summary>
    private const int TextWidth = 9354;

    /// <summary>The DOCX package bytes.</summary>
    public static byte[] Write(RenderedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = Clean(HeaderLine(document.Header));
            package.PackageProperties.Language = "ru-RU";
            package.PackageProperties.Creator = "AgreementFlow";
            var main = package.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new DefaultTabStop { Val = 709 }, new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
            var headerPart = main.AddNewPart<HeaderPart>();
            headerPart.Header = new Header(RunningHeader(document.Header));
            var footerPart = main.AddNewPart<FooterPart>();
            footerPart.Footer = new Footer(PageNumberFooter());

            var body = new Body();
            WriteTitle(body, document.Header);
            foreach (var section in document.Sections)
            {
                if (section.Title.Length > 0)
                {
                    body.Append(StyledParagraph("AfSection", new Run(TextOf(section.Number.Length > 0 ? $"{section.Number} {section.Title}" : section.Title))));
                }

                foreach (var clause in section.Clauses)
                {
                    WriteClause(body, clause);
                }
            }

            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footerPart) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Right = 850U, Bottom = 1134, Left = 1701U, Header = 709U, Footer = 709U, Gutter = 0U },
                new Columns { Space = "708" },
                new DocGrid { LinePitch = 360 }));
            main.Document = new Document(body);
        }

        return DocxPackageNormalizer.Normalize(stream.ToArray());
    }

    private static void WriteTitle(Body body, DocumentHeader header)
    {
        if (header.Title.Length > 0)
        {
            body.Append(StyledParagraph("AfTitle", new Run(TextOf(header.Title))));
        }

        if (!string.IsNullOrWhiteSpace(header.Number))
        {
            body.Append(StyledParagraph("AfTitle", new Run(TextOf($"№ {header.Number}"))));
        }

        if (header.Place is not null || header.Date is not null)
        {
            var paragraph = new Paragraph(
                new ParagraphProperties(
                    new ParagraphStyleId { Val = "AfPlaceDate" },
                    new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth })));
            paragraph.Append(new Run(TextOf(header.Place ?? string.Empty)));
            paragraph.Append(new Run(new TabChar()));
            if (header.Date is { } date)
            {
                paragraph.Append(new Run(TextOf(RussianFormat.LongDate(date))));
            }

            body.Append(paragraph);
        }
    }

    private static void WriteClause(Body body, RenderedClause clause)
    {
        var numberPending = clause.Number.Length > 0 || clause.Title is not null;
        if (numberPending && (clause.Title is not null || clause.Blocks.Count == 0 || clause.Blocks[0] is not ParagraphBlock))
        {
            var heading = StyledParagraph("AfClause");
            AppendNumber(heading, clause);
            heading.ParagraphProperties!.Append(new KeepNext());
            body.Append(heading);
            numberPending = false;
        }

        foreach (var block in clause.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraphBlock:
                    var paragraph = StyledParagraph("AfClause");
                    if (numberPending)
                    {
                        AppendNumber(paragraph, clause);
                        numberPending = false;
                    }

                    AppendRuns(paragraph, paragraphBlock.Runs);
                    if (paragraphBlock.Runs.Any(r => r.Text.Contains('\n', StringComparison.Ordinal)))
                    {
                        // A justified line that ends in a line break is stretched across the page; such lines read better flush left.
                        paragraph.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Left });
                    }

                    body.Append(paragraph);
                    break;
                case ListBlock list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        var item = StyledParagraph("AfListItem", new Run(TextOf(list.Marker(i) + " ")));
                        AppendRuns(item, list.Items[i].Runs);
                        body.Append(item);
                    }

                    break;
                case TableBlock table:
                    body.Append(Table(table));
                    body.Append(StyledParagraph("AfAfterTable"));
                    break;
            }
        }
    }

    private static void AppendNumber(Paragraph paragraph, RenderedClause clause)
    {
        if (clause.Number.Length > 0)
        {
            paragraph.Append(new Run(TextOf(clause.Number + " ")));
        }

        if (clause.Title is not null)
        {
            paragraph.Append(new Run(new RunProperties(new Bold()), TextOf(clause.Title)));
            paragraph.Append(new Run(TextOf(" ")));
        }
    }

    private static Table Table(TableBlock block)
    {
        var columns = Math.Max(1, block.ColumnCount);
        var widths = ColumnWidths(block, columns);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        for (var r = 0; r < block.Rows.Count; r++)
        {
            var header = block.HasHeader && r == 0;
            var row = new WordTableRow();
            if (header)
            {
                row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
            }
            else
            {
                row.Append(new TableRowProperties(new CantSplit()));
            }

            for (var c = 0; c < columns; c++)
            {
                var runs = c < block.Rows[r].Cells.Count ? block.Rows[r].Cells[c].Runs : [];
                var paragraph = StyledParagraph(header ? "AfTableHeader" : "AfTableText");
                AppendRuns(paragraph, runs);
                row.Append(new WordTableCell(
                    new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                    paragraph));
            }

            table.Append(row);
        }

        return table;
    }

    /// <summary>Column widths after their content: wide enough for the longest word where possible, the rest shared
    /// by the amount of text, so that a «№» column stays narrow and names are not broken mid-word.</summary>
    private static int[] ColumnWidths(TableBlock block, int columns)
    {
        var weights = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            var cells = block.Rows.Select(r => c < r.Cells.Count ? DocumentBlock.Join(r.Cells[c].Runs) : string.Empty).ToList();
            var longestWord = cells.SelectMany(t => t.Split([' ', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Length).DefaultIfEmpty(1).Max();
            var average = cells.Average(t => t.Length);
            weights[c] = Math.Max(Math.Min(longestWord, 18) + 2.5, Math.Min(average, 80) * 0.6);
        }

        var total = weights.Sum();
        var widths = weights.Select(w => (int)(TextWidth * w / total)).ToArray();
        return widths;
    }

    private static void AppendRuns(Paragraph paragraph, IReadOnlyList<TextRun> runs)
    {
        foreach (var run in runs)
        {
            var lines = run.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var element = new Run();
                if (run.Bold || run.Italic)
                {
                    var properties = new RunProperties();
                    if (run.Bold)
                    {
                        properties.Append(new Bold());
                    }

                    if (run.Italic)
                    {
                        properties.Append(new Italic());
                    }

                    element.Append(properties);
                }

                if (i > 0)
                {
                    element.Append(new Break());
                }

                if (lines[i].Length > 0)
                {
                    element.Append(TextOf(lines[i]));
                }

                paragraph.Append(element);
            }
        }
    }

    private static Paragraph StyledParagraph(string style, params OpenXmlElement[] children)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(children);
        return paragraph;
    }

    private static Paragraph RunningHeader(DocumentHeader header) =>
        StyledParagraph("AfHeader", new Run(TextOf(HeaderLine(header))));

    private static Paragraph PageNumberFooter() =>
        StyledParagraph("AfFooter", new SimpleField(new Run(TextOf("1"))) { Instruction = " PAGE " });

    private static string HeaderLine(DocumentHeader header)
    {
        var line = new StringBuilder(header.Title);
        if (!string.IsNullOrWhiteSpace(header.Number))
        {
            line.Append(" № ").Append(header.Number);
        }

        if (header.Date is { } date)
        {
            line.Append(" от ").Append(RussianFormat.ShortDate(date));
        }

        return line.ToString();
    }

    private static Text TextOf(string text) => new(Clean(text)) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>Drops characters XML 1.0 cannot carry (headers come from the caller, not through the template encoder).</summary>
    private static string Clean(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return Sanitize(text);
            }
        }

        return text;
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '\t' || c == '\n')
            {
                builder.Append(' ');
            }
            else if (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = BodySize },
                new FontSizeComplexScript { Val = BodySize },
                new Languages { Val = "ru-RU", EastAsia = "ru-RU", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "252", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        },
        ParagraphStyle("AfTitle", "AF Title", new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { After = "60" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new BoldComplexScript())),
        ParagraphStyle("AfPlaceDate", "AF Place and date", new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "120", After = "240" }),
            null),
        ParagraphStyle("AfSection", "AF Section heading", new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new SpacingBetweenLines { Before = "240", After = "120" },
                new Justification { Val = JustificationValues.Center },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new BoldComplexScript())),
        ParagraphStyle("AfClause", "AF Clause", new StyleParagraphProperties(
                new SpacingBetweenLines { After = "60" },
                new Indentation { FirstLine = "709" },
                new Justification { Val = JustificationValues.Both }),
            null),
        ParagraphStyle("AfListItem", "AF List item", new StyleParagraphProperties(
                new SpacingBetweenLines { After = "40" },
                new Indentation { Left = "1134", Hanging = "425" },
                new Justification { Val = JustificationValues.Both }),
            null),
        ParagraphStyle("AfTableText", "AF Table text", new StyleParagraphProperties(
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new FontSize { Val = SmallSize }, new FontSizeComplexScript { Val = SmallSize })),
        ParagraphStyle("AfTableHeader", "AF Table header", new StyleParagraphProperties(
                new KeepNext(),
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new BoldComplexScript(), new FontSize { Val = SmallSize }, new FontSizeComplexScript { Val = SmallSize })),
        ParagraphStyle("AfAfterTable", "AF After table", new StyleParagraphProperties(
                new SpacingBetweenLines { After = "60" }),
            new StyleRunProperties(new FontSize { Val = "12" }, new FontSizeComplexScript { Val = "12" })),
        ParagraphStyle("AfHeader", "AF Running header", new StyleParagraphProperties(
                new Justification { Val = JustificationValues.Right }),
            new StyleRunProperties(new Italic(), new FontSize { Val = SmallSize }, new FontSizeComplexScript { Val = SmallSize })),
        ParagraphStyle("AfFooter", "AF Footer", new StyleParagraphProperties(
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new FontSize { Val = SmallSize }, new FontSizeComplexScript { Val = SmallSize })));

    private static Style ParagraphStyle(string id, string name, StyleParagraphProperties paragraph, StyleRunProperties? run)
    {
        var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), paragraph)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = true,
        };
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
