using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Documents.Tests.Templates;

public sealed class DefaultTemplatesTests
{
    private readonly DocumentRenderer _renderer = new();

    public static TheoryData<string> Keys() => new(DefaultTemplates.All.Select(t => t.Key));

    [Fact]
    public void All_HasTheFiveDocumentsOfTheNetwork()
    {
        DefaultTemplates.All.Select(t => t.Key).Should().Equal(
            "network-agreement", "amendment", "credit-transfer-order", "approval-sheet", "completion-certificate");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void SampleData_RendersWithoutErrorsOrWarnings(string key)
    {
        var template = DefaultTemplates.Get(key);

        var preview = _renderer.Preview(template.Content, template.SampleData, Header(template));

        preview.Errors.Should().BeEmpty();
        preview.Warnings.Should().BeEmpty();
        preview.Document.Should().NotBeNull();
        preview.Html.Should().Contain(template.TitleRu);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Content_SurvivesItsJson(string key)
    {
        var template = DefaultTemplates.Get(key);

        var parsed = TemplateContentJson.Parse(TemplateContentJson.Serialize(template.Content));

        parsed.Errors.Should().BeEmpty();
        TemplateContentJson.Serialize(parsed.Content!).Should().Be(TemplateContentJson.Serialize(template.Content));
    }

    [Fact]
    public void NetworkAgreement_CoversEveryStatutoryItem_WithTheUsualSections()
    {
        var template = DefaultTemplates.Get(DefaultTemplates.NetworkAgreementKey);

        var document = _renderer.Render(template.Content, template.SampleData, Header(template));

        _renderer.CheckStatutory(template.Content, template.SampleData).Missing.Should().BeEmpty();
        document.Sections.Where(s => s.Title.Length > 0).Select(s => $"{s.Number} {s.Title}").Should().Equal(
            "1. Предмет договора", "2. Статус обучающихся", "3. Права и обязанности сторон", "4. Финансовое обеспечение",
            "5. Срок действия договора", "6. Ответственность сторон", "7. Порядок изменения и прекращения",
            "8. Заключительные положения", "9. Адреса, реквизиты и подписи сторон");
        var text = document.PlainText;
        text.Should().Contain("5.1. Договор вступает в силу с «12» января 2026 г. и действует по «31» декабря 2026 г.\n5.2.");
        text.Should().Contain("в лице директора Орловой Натальи Викторовны");
        text.Should().Contain("МКОУ Тугачинская СОШ | учебный кабинет");
        text.Should().Contain("Директор ____________ Н.\u00A0В.\u00A0Орлова");
        text.Should().Contain("48 человек.");
    }

    internal static DocumentHeader Header(DefaultTemplate template) =>
        new(template.TitleRu,
            template.SampleData["number"]?.GetValue<string>(),
            template.SampleData["date"] is { } date ? DateOnly.Parse(date.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : null,
            template.SampleData["city"]?.GetValue<string>());
}
