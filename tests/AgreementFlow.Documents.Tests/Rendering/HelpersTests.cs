using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using static AgreementFlow.Documents.Tests.TemplateBuilder;

namespace AgreementFlow.Documents.Tests.Rendering;

public sealed class HelpersTests
{
    private readonly DocumentRenderer _renderer = new();

    [Theory]
    [InlineData("{{date d}}", """{"d":"2026-01-12"}""", "«12» января 2026 г.")]
    [InlineData("{{date d}}", """{"d":"2026-03-08T10:00:00+07:00"}""", "«08» марта 2026 г.")]
    [InlineData("{{dateShort d}}", """{"d":"2026-01-12"}""", "12.01.2026")]
    [InlineData("{{date d}}", """{"d":"не дата <b>"}""", "не дата <b>")]
    [InlineData("{{money m}}", """{"m":1234567.891}""", "1\u00A0234\u00A0567,89\u00A0руб.")]
    [InlineData("{{money m}}", """{"m":"150000"}""", "150\u00A0000,00\u00A0руб.")]
    [InlineData("{{moneyWords m}}", """{"m":1234567.89}""", "один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь рублей 89 копеек")]
    [InlineData("{{moneyWords m}}", """{"m":21001}""", "двадцать одна тысяча один рубль 00 копеек")]
    [InlineData("{{n}} {{plural n \"ученик\" \"ученика\" \"учеников\"}}", """{"n":21}""", "21 ученик")]
    [InlineData("{{n}} {{plural n \"ученик\" \"ученика\" \"учеников\"}}", """{"n":12}""", "12 учеников")]
    [InlineData("{{n}} {{plural n \"ученик\" \"ученика\" \"учеников\"}}", """{"n":34}""", "34 ученика")]
    [InlineData("{{upper s}}", """{"s":"приказываю"}""", "ПРИКАЗЫВАЮ")]
    [InlineData("{{join list}}", """{"list":["Агрошкола","Своё дело"]}""", "Агрошкола, Своё дело")]
    [InlineData("{{join rows \"; \" \"name\"}}", """{"rows":[{"name":"А"},{"name":"Б"}]}""", "А; Б")]
    [InlineData("{{initials p}}", """{"p":"Орлова Наталья Викторовна"}""", "Н.\u00A0В.\u00A0Орлова")]
    [InlineData("{{#each l}}{{inc @index}}{{/each}}", """{"l":["a","b","c"]}""", "123")]
    [InlineData("[{{missing.path}}]", "{}", "[]")]
    [InlineData("{{yes}}/{{no}}", """{"yes":true,"no":false}""", "да/нет")]
    public void Helper_WritesWhatARussianDocumentExpects(string text, string json, string expected)
    {
        var document = _renderer.Render(OneClause(text), Data(json), SampleHeader);

        document.AllClauses.Single().PlainText.Should().Be(expected);
    }

    [Fact]
    public void HelperOutput_IsLiteralText_Too()
    {
        var document = _renderer.Render(OneClause("{{upper s}}"), Data("""{"s":"**<b>жирный</b>**"}"""), SampleHeader);

        document.AllClauses.Single().Blocks.Single().Should().BeOfType<ParagraphBlock>()
            .Which.Runs.Should().Equal(new TextRun("**<B>ЖИРНЫЙ</B>**"));
    }

    [Fact]
    public void SectionsWithoutShownClauses_AreLeftOut_AndNumbersStayConsecutive()
    {
        var template = new TemplateContent(
            [new TemplateField("flag", FieldType.Boolean, "Флаг")],
            [
                new TemplateSection("Первый", [new TemplateClause("a", "А")]),
                new TemplateSection("Скрытый", [new TemplateClause("b", "Б") { Condition = "flag" }]),
                new TemplateSection("Третий", [new TemplateClause("c", "В"), new TemplateClause("d", "Г") { Numbered = false }, new TemplateClause("e", "Д")]),
            ]);

        var document = _renderer.Render(template, Data("""{"flag":false}"""), SampleHeader);

        document.Sections.Select(s => s.Number + " " + s.Title).Should().Equal("1. Первый", "2. Третий");
        document.AllClauses.Select(c => c.Number).Should().Equal("1.1.", "2.1.", "", "2.2.");
    }
}
