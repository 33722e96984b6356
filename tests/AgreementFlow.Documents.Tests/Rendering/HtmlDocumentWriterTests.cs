using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Documents.Tests.Templates;

namespace AgreementFlow.Documents.Tests.Rendering;

public sealed class HtmlDocumentWriterTests
{
    private readonly DocumentRenderer _renderer = new();

    [Fact]
    public void Fragment_HasTheHeader_NumberedSectionsAndClauses_ListsAndTables()
    {
        var template = DefaultTemplates.Get(DefaultTemplates.NetworkAgreementKey);
        var document = _renderer.Render(template.Content, template.SampleData, DefaultTemplatesTests.Header(template));

        var html = HtmlDocumentWriter.WriteFragment(document);

        html.Should().StartWith("<article class=\"af-document\">");
        html.Should().Contain("<h1>Договор о сетевой форме реализации образовательных программ</h1>");
        html.Should().Contain("<p class=\"af-number\">№ СФ-12/2026</p>");
        html.Should().Contain("<span>с. Агинское</span><span>«12» января 2026 г.</span>");
        html.Should().Contain("<h2>1. Предмет договора</h2>").And.Contain("<h2>9. Адреса, реквизиты и подписи сторон</h2>");
        html.Should().Contain("<div class=\"af-clause\" data-clause=\"term-period\">\n<p><span class=\"af-clause-number\">5.1.</span> Договор вступает в силу");
        html.Should().Contain("<ul>\n<li>осуществлять приём обучающихся и вести их учёт;</li>");
        html.Should().Contain("<thead>\n<tr><th>Программа</th><th>Вид и уровень</th><th>Направленность</th><th>Объём, ч</th></tr>\n</thead>");
        html.Should().NotContain("<html");
    }

    [Fact]
    public void Page_IsACompleteRussianDocument_WithA4PrintMargins()
    {
        var template = DefaultTemplates.Get(DefaultTemplates.ApprovalSheetKey);
        var document = _renderer.Render(template.Content, template.SampleData, new DocumentHeader("Лист согласования", null, null, null));

        var html = HtmlDocumentWriter.WritePage(document);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"ru\">");
        html.Should().Contain("<meta charset=\"utf-8\">").And.Contain("<title>Лист согласования</title>");
        html.Should().Contain("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }");
        html.Should().Contain("<td>замещает: директора Белову И. С.</td>");
        html.Should().NotContain("<p class=\"af-place-date\">", "a header without place or date has no such line");
    }
}
