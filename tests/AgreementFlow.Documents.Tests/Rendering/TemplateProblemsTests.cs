using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using static AgreementFlow.Documents.Tests.TemplateBuilder;

namespace AgreementFlow.Documents.Tests.Rendering;

public sealed class TemplateProblemsTests
{
    private readonly DocumentRenderer _renderer = new();

    [Theory]
    [InlineData("Первая строка.\nВторая {{#if flag}} без конца.", 2, 8, "не закрыт")]
    [InlineData("Текст\n\n  {{name", 3, 3, "не закрыта")]
    [InlineData("{{#if flag}}да{{/each}}", 1, 15, "не подходит")]
    [InlineData("a\n{{/if}}", 2, 1, "не был открыт")]
    [InlineData("Сумма: {{sum name}}", 1, 8, "неизвестная функция «sum»")]
    [InlineData("{{#repeat name}}x{{/repeat}}", 1, 1, "неизвестный блок «#repeat»")]
    [InlineData("x {{> other}}", 1, 3, "не поддержива")]
    [InlineData("{{#*inline \"a\"}}{{> a}}{{/inline}}{{> a}}", 1, 1, "не поддержива")]
    [InlineData("{{#each}}x{{/each}}", 1, 1, "ждёт одно значение")]
    [InlineData("{{date (upper name}}", 1, 1, "скобка")]
    [InlineData("{{name}}}", 1, 1, "лишняя «}»")]
    [InlineData("a\n{{{{raw}}}} {{name}} {{{{/raw}}}}", 2, 1, "сырые блоки")]
    [InlineData("{{#if flag}}x{{else}}y\n{{else}}z{{/if}}", 2, 1, "второй «{{else}}»")]
    public void SyntaxError_IsReportedWithLineAndColumn_InRussian(string text, int line, int column, string message)
    {
        var template = OneClause(text, Text("name"), new TemplateField("flag", FieldType.Boolean, "Флаг"));

        var preview = _renderer.Preview(template, Data("""{"name":"x","flag":true}"""), SampleHeader);

        var error = preview.Errors[0];
        preview.Errors.Should().OnlyContain(e => e.Message.Contains(message, StringComparison.Ordinal));
        error.Should().BeEquivalentTo(new { ClauseId = "c1", Line = (int?)line, Column = (int?)column });
        error.Message.Should().Contain(message);
        preview.Document.Should().BeNull();
        preview.Html.Should().Contain("Ошибка в пункте «c1»");
    }

    [Fact]
    public void Render_WithErrors_ThrowsListingEveryProblem()
    {
        var template = Clauses([], new TemplateClause("a", "{{#if x}}"), new TemplateClause("b", "ok"), new TemplateClause("c", "{{foo bar}}"));

        var render = () => _renderer.Render(template, Data("{}"), SampleHeader);

        render.Should().Throw<TemplateRenderException>().Which.Problems.Select(p => p.ClauseId).Should().Equal("a", "c");
    }

    [Fact]
    public void HiddenClause_WithASyntaxError_StillBlocksRendering()
    {
        var template = Clauses([new TemplateField("flag", FieldType.Boolean, "Флаг")], new TemplateClause("a", "{{#if x}}") { Condition = "flag" });

        var render = () => _renderer.Render(template, Data("""{"flag":false}"""), SampleHeader);

        render.Should().Throw<TemplateRenderException>();
    }

    [Fact]
    public void UndeclaredFields_AreWarnedWithTheirPlace_DeclaredOnesAreNot()
    {
        List<TemplateField> fields =
        [
            Text("base.shortName"),
            new TemplateField("partners", FieldType.Table, "Участники") { Columns = [Text("shortName")] },
            new TemplateField("duties", FieldType.Paragraph, "Обязанности"),
            new TemplateField("mobility.enabled", FieldType.Boolean, "Мобильность"),
        ];
        var template = Clauses(fields,
            new TemplateClause("ok", """
                {{base.shortName}} {{#with base}}{{shortName}}{{/with}}
                {{#each partners}}{{@index}} {{this.shortName}} {{shortName}} {{../base.shortName}} {{@root.base.shortName}}{{/each}}
                {{#each partners as |p|}}{{p.shortName}}{{/each}}
                {{#if mobility.enabled}}да{{/if}} {{upper base.shortName}}
                """),
            new TemplateClause("typos", """
                {{base.shortNme}}
                  {{#each partners}}{{fullName}}{{/each}}
                {{date term.to}}
                """) { Condition = "mobility.enabld" });

        var preview = _renderer.Preview(template, Data("{}"), SampleHeader);

        preview.Errors.Should().BeEmpty();
        preview.Warnings.Where(w => w.ClauseId == "ok").Should().BeEmpty();
        preview.Warnings.Where(w => w.ClauseId == "typos").Select(w => (w.Line, w.Column, w.Message)).Should().Equal(
            (null, null, "условие пункта читает поле «mobility.enabld», которое шаблон не объявляет"),
            (1, 1, "поле «base.shortNme» не объявлено в шаблоне"),
            (2, 21, "поле «fullName» (partners[].fullName) не объявлено в шаблоне"),
            (3, 1, "поле «term.to» не объявлено в шаблоне"));
    }

    [Fact]
    public void MissingRequiredValue_IsAWarning_NotAnError()
    {
        var template = OneClause("{{name}}", new TemplateField("name", FieldType.Text, "Наименование", Required: true));

        var preview = _renderer.Preview(template, Data("""{"name":""}"""), SampleHeader);

        preview.Errors.Should().BeEmpty();
        preview.Warnings.Should().ContainSingle().Which.Message.Should().Be("не заполнено обязательное поле «Наименование» (name)");
    }
}
