using AgreementFlow.Documents.Rendering;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static AgreementFlow.Documents.Tests.TemplateBuilder;

namespace AgreementFlow.Documents.Tests.Rendering;

public sealed class DocxDocumentWriterTests
{
    private readonly DocumentRenderer _renderer = new();

    [Fact]
    public void Write_HostileValues_ValidatesAndPrintsThemAsText()
    {
        var template = OneClause("""
            Сторона: **{{name}}**.

            - {{name}}

            | Поле | Значение |
            |---|---|
            | Имя | {{name}} |
            """, Text("name"));
        var data = Data("{}");
        data["name"] = "</w:t><w:t>x</w:t> <script>&amp; ]]> \u0001 {{x}} | a |";

        var docx = DocxDocumentWriter.Write(_renderer.Render(template, data, SampleHeader));

        DocxText.ValidationErrors(docx).Should().BeEmpty();
        var text = DocxText.Extract(docx);
        text.Should().Contain("1.1. Сторона: </w:t><w:t>x</w:t> <script>&amp; ]]>  {{x}} | a |.");
        text.Should().Contain("– </w:t><w:t>x</w:t>");
        text.Should().Contain("Договор о сетевой форме").And.Contain("№ 12/2026").And.Contain("«12» января 2026 г.");
        DocxText.HeaderText(docx).Should().Be("Договор о сетевой форме № 12/2026 от 12.01.2026");
    }

    [Fact]
    public void Write_PageIsA4_WithTheMarginsOfRussianDocuments_AndPageNumbers()
    {
        var docx = DocxDocumentWriter.Write(_renderer.Render(OneClause("Текст."), Data("{}"), SampleHeader));

        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var section = document.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        ((uint)size.Width!, (uint)size.Height!).Should().Be((11906u, 16838u));
        var margin = section.GetFirstChild<PageMargin>()!;
        ((int)margin.Top!, (uint)margin.Right!, (int)margin.Bottom!, (uint)margin.Left!).Should().Be((1134, 850u, 1134, 1701u), "20/15/20/30 mm");
        document.MainDocumentPart.FooterParts.Single().Footer.Descendants<SimpleField>().Single().Instruction!.Value.Should().Contain("PAGE");
        document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single().Ascii!.Value.Should().Be("Times New Roman");
    }

    [Fact]
    public async Task Write_SameDocumentTwice_GivesTheSameBytes_SoAStoredHashCanBeChecked()
    {
        var template = AgreementFlow.Documents.Templates.DefaultTemplates.All[0];
        var document = _renderer.Render(template.Content, template.SampleData, SampleHeader);

        var first = DocxDocumentWriter.Write(document);
        await Task.Delay(TimeSpan.FromMilliseconds(2100));
        var second = DocxDocumentWriter.Write(RenderedDocumentJson.Deserialize(RenderedDocumentJson.Serialize(document)));

        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(second)).Should().Be(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(first)));
        DocxText.ValidationErrors(second).Should().BeEmpty();
        using var stream = new MemoryStream(second);
        using var package = WordprocessingDocument.Open(stream, false);
        package.PackageProperties.Title.Should().Be("Договор о сетевой форме № 12/2026 от 12.01.2026");
        package.MainDocumentPart!.HeaderParts.Should().ContainSingle();
    }
}
