using AgreementFlow.Documents.Rendering;
using static AgreementFlow.Documents.Tests.TemplateBuilder;

namespace AgreementFlow.Documents.Tests.Rendering;

public sealed class SandboxTests
{
    private readonly DocumentRenderer _renderer = new();

    [Theory]
    [InlineData("**x**")]
    [InlineData("</w:t><w:t>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("{{x}}")]
    [InlineData("| a | b |")]
    [InlineData("1. не список")]
    [InlineData("- не пункт")]
    [InlineData("*курсив*")]
    [InlineData("a & b \"c\" 'd'")]
    public void Value_PrintsLiterally_InPlainTextAndHtml(string hostile)
    {
        var template = OneClause("Сторона: {{name}}, ещё раз: {{{name}}}.", Text("name"));
        var data = Data("{}");
        data["name"] = hostile;

        var document = _renderer.Render(template, data, SampleHeader);

        var clause = document.AllClauses.Single();
        clause.PlainText.Should().Be($"Сторона: {hostile}, ещё раз: {hostile}.");
        clause.Blocks.Should().ContainSingle().Which.Should().BeOfType<ParagraphBlock>()
            .Which.Runs.Should().OnlyContain(r => !r.Bold && !r.Italic);
        var html = HtmlDocumentWriter.WriteFragment(document);
        html.Should().NotContain("<script>").And.NotContain("</w:t>");
        html.Should().Contain(System.Net.WebUtility.HtmlEncode(hostile).Replace("&#39;", "'", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_InTemplate_BecomesBlocks()
    {
        var template = OneClause("""
            Стороны **обязуются**:
            1. *первое*;
            2. второе.

            | ФИО | Класс |
            |---|---|
            {{#each students}}
            | {{name}} | {{grade}} |
            {{/each}}
            """);
        var data = Data("""{"students":[{"name":"Иванова **А.**","grade":"7 | Б"},{"name":"Петров","grade":"8"}]}""");

        var blocks = _renderer.Render(template, data, SampleHeader).AllClauses.Single().Blocks;

        blocks.Should().HaveCount(3);
        blocks[0].Should().BeOfType<ParagraphBlock>().Which.Runs.Should().Contain(new TextRun("обязуются", Bold: true));
        var list = blocks[1].Should().BeOfType<ListBlock>().Subject;
        list.Ordered.Should().BeTrue();
        list.Items.Should().HaveCount(2);
        list.Items[0].Runs.Should().Contain(new TextRun("первое", Italic: true));
        var table = blocks[2].Should().BeOfType<TableBlock>().Subject;
        table.HasHeader.Should().BeTrue();
        table.Rows.Should().HaveCount(3);
        table.PlainText.Should().Be("ФИО | Класс\nИванова **А.** | 7 | Б\nПетров | 8");
    }
}
