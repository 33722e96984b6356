using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.Data.Persistence;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Workflows;

namespace AgreementFlow.Web.Tests.Documents;

/// <summary>The app on a server without LibreOffice.</summary>
public sealed class NoLibreOfficeApp() : AgreementFlowApp(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Documents:SofficePath"] = "/nonexistent/libreoffice/soffice",
    };
}

/// <summary>Without LibreOffice a PDF request says so clearly (503), and HTML and DOCX still work.</summary>
public sealed class PdfUnavailableTests(NoLibreOfficeApp app) : IClassFixture<NoLibreOfficeApp>
{
    [Fact]
    public async Task WithoutLibreOffice_ThePdfIs503WithAClearMessage_AndTheOtherFormatsWork()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await s.DraftAgreementAsync();
        (await s.AnswerAsync(id, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        var legal = await s.ClientAsync("legal");

        var pdf = await legal.GetAsync($"/api/agreements/{id}/documents/1.pdf");

        pdf.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await pdf.Content.ReadAsStringAsync()).Should().Contain("LibreOffice");
        (await legal.GetAsync($"/api/agreements/{id}/documents/1.docx")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/documents"))!.Single().GetProperty("pdfStatus").GetString().Should().Be("unavailable");
        (await legal.GetStringAsync($"/agreements/{id}")).Should().Contain("PDF недоступен");
    }
}
