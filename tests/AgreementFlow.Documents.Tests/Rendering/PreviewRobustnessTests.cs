using System.Text;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using static AgreementFlow.Documents.Tests.TemplateBuilder;

namespace AgreementFlow.Documents.Tests.Rendering;

public sealed class PreviewRobustnessTests
{
    private readonly DocumentRenderer _renderer = new();

    public static TheoryData<string> OddTexts() => new(
        "{{", "}}", "{{}}", "{{ }}", "{{{", "{{{x}}", "{{#if}}{{/if}}", "{{#each a}}{{else}}нет{{/each}}", "{{else}}",
        "{{lookup}}", "{{lookup a}}", "{{(}}", "{{)}}", "{{a b=}}", "{{a \"}}", "{{date}}", "{{money (upper)}}", "{{#with}}x{{/with}}",
        "{{#if a}}{{else if}}{{/if}}", "{{^}}", "{{^a}}x{{/a}}", "{{~a~}}", "{{!-- не закрыт", "{{! комментарий }}", "\\{{a}}",
        "{{a.[0].b}}", "{{../../a}}", "{{@root}}", "{{this}}", "{{.}}", "{{a/b}}", "{{#each a as |x|}}{{x.y}}{{/each}}",
        "{{#each a as |x}}{{/each}}", "| | |\n|---|", "|", "**", "*", "1.", "- ", "\u0000\u0001\uE000\uE001\uE002", "\ud800",
        "{{#if a}}{{#each b}}{{#with c}}{{/with}}{{/each}}{{/if}}", "{{#if a}}{{/if}}{{/if}}");

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void Preview_OfAnyText_AnswersWithoutThrowing(string text)
    {
        var template = OneClause(text, Text("a"));

        var preview = _renderer.Preview(template, Data("""{"a":[{"b":[{"c":{"y":"<x>"}}]}],"b":"x"}"""), SampleHeader);

        preview.Html.Should().NotBeNull();
        (preview.Errors.Count > 0 ? preview.Document : null).Should().BeNull();
        preview.Errors.All(e => e.Line is null or >= 1).Should().BeTrue();
    }

    [Fact]
    public void Preview_OfAVeryLongClause_Answers()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            text.Append("Пункт {{a}} **жирный** и *курсив*.\n");
        }

        var preview = _renderer.Preview(OneClause(text.ToString(), Text("a")), Data("""{"a":"x"}"""), SampleHeader);

        preview.Errors.Should().BeEmpty();
        preview.Document!.AllClauses.Single().PlainText.Should().StartWith("Пункт x жирный и курсив.");
    }

    [Fact]
    public async Task ConcurrentRenders_OfTheSameTemplate_AllGiveTheSameText()
    {
        var template = DefaultTemplates.Get(DefaultTemplates.NetworkAgreementKey);
        var expected = new DocumentRenderer().Render(template.Content, template.SampleData, SampleHeader).PlainText;

        var texts = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            _renderer.Render(template.Content, template.SampleData, SampleHeader).PlainText)));

        texts.Should().OnlyContain(t => t == expected);
    }
}
