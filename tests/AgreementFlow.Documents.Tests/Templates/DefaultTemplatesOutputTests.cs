using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Documents.Tests.Templates;

public sealed class DefaultTemplatesOutputTests
{
    private readonly DocumentRenderer _renderer = new();

    public static TheoryData<string> Keys() => new(DefaultTemplates.All.Select(t => t.Key));

    [Theory]
    [MemberData(nameof(Keys))]
    public void Docx_WithSampleData_HasNoValidationErrors(string key)
    {
        var template = DefaultTemplates.Get(key);

        var docx = DocxDocumentWriter.Write(_renderer.Render(template.Content, template.SampleData, DefaultTemplatesTests.Header(template)));

        DocxText.ValidationErrors(docx).Should().BeEmpty();
        DocxText.Extract(docx).Should().Contain(template.TitleRu);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void HostileValuesInEveryField_PrintAsText_InHtmlAndDocx(string key)
    {
        var template = DefaultTemplates.Get(key);
        var header = new DocumentHeader(template.TitleRu + " <script>", "</w:t>\u0002№", new DateOnly(2026, 1, 12), "<b>с. Агинское</b>");

        var document = _renderer.Render(template.Content, HostileData.For(template.Content), header);

        var html = HtmlDocumentWriter.WritePage(document);
        html.Should().NotContain("<script").And.NotContain("</w:t>").And.NotContain("<b>с.");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        html.Should().NotContain("<strong>жирный</strong>");
        var docx = DocxDocumentWriter.Write(document);
        DocxText.ValidationErrors(docx).Should().BeEmpty();
        var text = DocxText.Extract(docx);
        var printed = HostileData.Text.Replace("\u0001", string.Empty, StringComparison.Ordinal);
        text.Should().Contain(printed, "every text field prints the value as it is, less the control character");
        text.Should().Contain("</w:t>№");
        document.AllClauses.SelectMany(c => c.Blocks).OfType<ParagraphBlock>().SelectMany(p => p.Runs)
            .Where(r => r.Text.Contains("жирный", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(r => r.Text.Contains("**жирный**", StringComparison.Ordinal), "the value's stars are text, not bold markup");
    }

    [Fact]
    public void HostileParagraph_StaysInItsClause_AsLineBreaks()
    {
        var template = DefaultTemplates.Get(DefaultTemplates.NetworkAgreementKey);
        var data = template.SampleData.DeepClone().AsObject();
        data["mobility"]!["description"] = HostileData.Paragraph;

        var clause = _renderer.Render(template.Content, data, DefaultTemplatesTests.Header(template)).AllClauses.Single(c => c.Id == "status-mobility");

        clause.Blocks.Should().ContainSingle().Which.Should().BeOfType<ParagraphBlock>();
        clause.PlainText.Should().EndWith("\n1. не пункт\n- не маркер");
    }
}
