using System.Net;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Workflows;

namespace AgreementFlow.Web.Tests.Documents;

/// <summary>The draft form on the agreement page, posted as a browser posts it (no JavaScript).</summary>
public abstract class DraftFormPageTests(AgreementFlowApp app)
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task TheAgreementPage_ShowsAnInputPerDeclaredField_AndTheChecklist()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await DraftFormApiTests.PublishFormTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, new { students = 25 });

        var page = await (await s.ClientAsync("coordinator")).GetStringAsync($"/agreements/{id}");

        page.Should().Contain("Данные проекта договора");
        page.Should().Contain("<textarea id=\"df-documents-issued\" name=\"v:documents.issued\"");
        page.Should().Contain("name=\"v:signedOn\" type=\"date\"");
        page.Should().Contain("name=\"v:finance.amount\" type=\"number\" step=\"0.01\" min=\"0\"");
        page.Should().Contain("name=\"v:studentsCount\" type=\"number\" step=\"1\" value=\"25\"", "the head count the old form stored is shown");
        page.Should().Contain("type=\"checkbox\" id=\"df-mobility\" name=\"v:mobility\" value=\"true\"");
        page.Should().Contain("name=\"rows:lessons\" value=\"2\"").And.Contain("name=\"v:lessons[1].hours\"");
        page.Should().Contain($"value=\"МБОУ «ЦДТ» {s.Suffix}\" disabled", "the directory's fields are read-only");
        page.Should().Contain("class=\"missing\"").And.Contain("Заполните поле «Выдаваемые документы».");
        page.Should().Contain("Сохранить данные");
    }

    [Fact]
    public async Task PostingBadValues_Answers400WithTheErrorsNextToTheFields_ThenGoodOnesAreSaved()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await DraftFormApiTests.PublishFormTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, new { students = 25 });
        var coordinator = await s.ClientAsync("coordinator");
        var url = $"/agreements/{id}/data";
        List<KeyValuePair<string, string>> form =
        [
            F("v:documents.issued", TestTemplates.IssuedDocumentsText), F("v:signedOn", "2027-13-01"), F("v:finance.amount", "12.345"),
            F("v:studentsCount", "30"), F("v:mobility", "true"), F("rows:lessons", "2"),
            F("v:lessons[0].topic", "Введение"), F("v:lessons[0].hours", "4"), F("v:lessons[1].topic", ""), F("v:lessons[1].hours", ""),
        ];

        var bad = await PageForms.PostAsync(coordinator, $"/agreements/{id}", form, url);

        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await bad.Content.ReadAsStringAsync();
        html.Should().Contain("id=\"df-signedOn-error\">«2027-13-01» — не дата");
        html.Should().Contain("id=\"df-finance-amount-error\">«Сумма, руб.»: сумма — неотрицательное число");
        html.Should().Contain("value=\"12.345\"", "what was typed stays in the field");
        (await s.AgreementAsync(id)).GetProperty("data").TryGetProperty("documents", out _).Should().BeFalse("nothing is saved");

        form[1] = F("v:signedOn", "2027-01-12");
        form[2] = F("v:finance.amount", "12.34");
        var good = await PageForms.PostAsync(coordinator, $"/agreements/{id}", form, url);

        good.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var data = (await s.AgreementAsync(id)).GetProperty("data");
        data.GetProperty("documents").GetProperty("issued").GetString().Should().Be(TestTemplates.IssuedDocumentsText);
        data.GetProperty("finance").GetProperty("amount").GetDecimal().Should().Be(12.34m);
        data.GetProperty("lessons").EnumerateArray().Should().ContainSingle().Which.GetProperty("hours").GetInt32().Should().Be(4);
        var page = await coordinator.GetStringAsync($"/agreements/{id}");
        page.Should().Contain("Данные договора сохранены.").And.NotContain("class=\"missing\"");
    }

    [Fact]
    public async Task AddRowAndRemoveRow_WorkWithoutJavaScript()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await DraftFormApiTests.PublishFormTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, new { students = 25, documents = new { issued = "Сертификат" } });
        var coordinator = await s.ClientAsync("coordinator");
        var url = $"/agreements/{id}/data";
        List<KeyValuePair<string, string>> rows =
        [
            F("v:documents.issued", "Сертификат"), F("rows:lessons", "2"),
            F("v:lessons[0].topic", "Первое"), F("v:lessons[0].hours", "2"), F("v:lessons[1].topic", "Второе"), F("v:lessons[1].hours", "3"),
        ];

        var more = await PageForms.PostAsync(coordinator, $"/agreements/{id}", [.. rows, F("addRow", "lessons")], url);

        more.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await more.Content.ReadAsStringAsync();
        html.Should().Contain("name=\"rows:lessons\" value=\"5\"", "two typed rows, two spare ones and the added one").And.Contain("value=\"Второе\"");
        (await s.AgreementAsync(id)).GetProperty("data").TryGetProperty("lessons", out _).Should().BeFalse("adding a row saves nothing");

        var saved = await PageForms.PostAsync(coordinator, $"/agreements/{id}", [.. rows, F("remove:lessons[0]", "true")], url);

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var lessons = (await s.AgreementAsync(id)).GetProperty("data").GetProperty("lessons");
        lessons.EnumerateArray().Select(r => r.GetProperty("topic").GetString()).Should().Equal("Второе");
    }

    [Fact]
    public async Task APartnersDirector_SeesTheFormReadOnly_AndCannotPostIt()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await DraftFormApiTests.PublishFormTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, new { students = 25 });
        var partner = await s.ClientAsync("director1");

        var page = await partner.GetStringAsync($"/agreements/{id}");

        page.Should().Contain("name=\"v:documents.issued\" rows=\"3\" disabled").And.NotContain("Сохранить данные");
        var posted = await PageForms.PostAsync(partner, $"/agreements/{id}", [F("v:documents.issued", "x")], $"/agreements/{id}/data");
        posted.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await s.AgreementAsync(id)).GetProperty("data").TryGetProperty("documents", out _).Should().BeFalse();
    }
}

public sealed class DraftFormPageTestsOnSqlite(SqliteApp app) : DraftFormPageTests(app), IClassFixture<SqliteApp>;

public sealed class DraftFormPageTestsOnPostgres(PostgresApp app) : DraftFormPageTests(app), IClassFixture<PostgresApp>;
