using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Workflows;
using DocumentFormat.OpenXml.Packaging;

namespace AgreementFlow.Web.Tests.Documents;

/// <summary>An agreement's documents: rendered on entering legal review, downloaded, guarded by the statutory check, converted to PDF/A.</summary>
public abstract class AgreementDocumentTests(AgreementFlowApp app)
{
    private static readonly object CompleteData = new { students = 25, documents = new { issued = TestTemplates.IssuedDocumentsText } };

    [Fact]
    public async Task EnteringLegalReview_RendersVersion1_WhoseHashesMatchTheDownloads_AndWhoseDocxNamesTheParties()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await TestTemplates.PublishNetworkTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, CompleteData);

        (await s.AnswerAsync(id, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);

        var legal = await s.ClientAsync("legal");
        var documents = await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/documents");
        var v1 = documents!.Should().ContainSingle().Subject;
        v1.GetProperty("version").GetInt32().Should().Be(1);
        v1.GetProperty("reason").GetString().Should().Be("черновик");
        var html = await legal.GetByteArrayAsync($"/api/agreements/{id}/documents/1.html");
        var docx = await legal.GetByteArrayAsync($"/api/agreements/{id}/documents/1.docx");
        Hex(html).Should().Be(v1.GetProperty("htmlSha256").GetString());
        Hex(docx).Should().Be(v1.GetProperty("docxSha256").GetString());

        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        text.Should().Contain($"«АСОШ 1» {s.Suffix}").And.Contain($"«СОШ 70» {s.Suffix}").And.Contain($"«ЦДТ» {s.Suffix}");
        text.Should().Contain("Школа проектирования").And.Contain(TestTemplates.IssuedDocumentsText).And.Contain("2027-06-30");
        foreach (var section in new[] { "Предмет договора", "Статус обучающихся", "Права и обязанности сторон", "Документы об обучении", "Срок действия договора" })
        {
            text.Should().Contain(section);
        }

        (await (await s.ClientAsync("director1")).GetAsync($"/api/agreements/{id}/documents/1.docx")).StatusCode
            .Should().Be(HttpStatusCode.OK, "a partner's staff see the agreement's document");
        (await legal.GetAsync($"/api/agreements/{id}/documents/2.docx")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APartnersProposedChanges_MakeVersion2_AndTheRedlineShowsThemWordByWord()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await TestTemplates.PublishNetworkTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, CompleteData);
        (await s.AnswerAsync(id, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.AnswerAsync(id, "legal", "approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        var partnerTask = await s.OpenTaskOfAsync(id, "director1");

        var proposed = await (await s.ClientAsync("director1")).PostAsJsonAsync($"/api/tasks/{partnerTask}/complete", new
        {
            outcome = "propose-changes",
            comment = "Документ об обучении выдаём мы",
            data = new { documents = new { issued = "Сертификат об обучении выдаёт организация-участник." } },
        });

        proposed.StatusCode.Should().Be(HttpStatusCode.OK, await proposed.Content.ReadAsStringAsync());
        (await s.StageAsync(id)).Should().Be("legal-review");
        var legal = await s.ClientAsync("legal");
        var versions = await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/documents");
        versions!.Select(v => v.GetProperty("reason").GetString()).Should().Equal("после изменений партнёра", "черновик");
        var comparison = await legal.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/documents/compare?from=1&to=2");
        var changed = comparison.GetProperty("comparison").GetProperty("clauses").EnumerateArray()
            .Where(c => c.GetProperty("change").GetString() != "unchanged").ToList();
        changed.Should().ContainSingle().Which.GetProperty("clauseId").GetString().Should().Be("documents");
        var segments = changed[0].GetProperty("segments").EnumerateArray().ToList();
        segments.Where(x => x.GetProperty("kind").GetString() == "inserted").Select(x => x.GetProperty("text").GetString()).Should().Contain(t => t!.Contains("организация-участник", StringComparison.Ordinal));
        segments.Where(x => x.GetProperty("kind").GetString() == "deleted").Select(x => x.GetProperty("text").GetString()).Should().Contain(t => t!.Contains("базовая", StringComparison.Ordinal));
        var page = await legal.GetStringAsync($"/agreements/{id}/documents/compare?from=1&to=2");
        page.Should().Contain("<ins>").And.Contain("<del>").And.Contain("пункт изменён");
    }

    [Fact]
    public async Task LeavingDrafting_WithDataLackingAStatutoryItem_IsRefusedInRussian_AndTheAgreementStaysInDrafting()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await TestTemplates.PublishNetworkTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, new { students = 25 });

        var refused = await s.AnswerAsync(id, "coordinator", "submit");

        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString().Should().Contain("не указано, какие документы об образовании");
        problem.GetProperty("reasons").GetArrayLength().Should().Be(1);
        (await s.StageAsync(id)).Should().Be("drafting");
        (await s.OpenTaskOfAsync(id, "coordinator")).Should().NotBeEmpty("the task stays open to answer again once the text is complete");
        (await (await s.ClientAsync("legal")).GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/documents")).Should().BeEmpty();
    }

    [Fact]
    public async Task ThePdf_Is202WhileItIsMade_Then200WithAPdfA2b_ThatNamesTheParties()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await TestTemplates.PublishNetworkTemplateAsync(s);
        var id = await TestTemplates.DraftAgreementAsync(s, CompleteData);
        (await s.AnswerAsync(id, "coordinator", "submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        var legal = await s.ClientAsync("legal");

        var first = await legal.GetAsync($"/api/agreements/{id}/documents/1.pdf");
        first.StatusCode.Should().Be(HttpStatusCode.Accepted);
        first.Headers.RetryAfter.Should().NotBeNull();
        (await first.Content.ReadAsStringAsync()).Should().Contain("PDF готовится");

        HttpResponseMessage answer;
        var polls = 0;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            answer = await legal.GetAsync($"/api/agreements/{id}/documents/1.pdf");
        }
        while (answer.StatusCode == HttpStatusCode.Accepted && ++polls < 600);

        answer.StatusCode.Should().Be(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        answer.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var pdf = await answer.Content.ReadAsByteArrayAsync();
        Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
        var raw = Encoding.Latin1.GetString(pdf);
        raw.Should().MatchRegex("pdfaid:part(>|=\")2").And.MatchRegex("pdfaid:conformance(>|=\")B");
        var v1 = (await legal.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/documents"))!.Single();
        v1.GetProperty("pdfStatus").GetString().Should().Be("ready");
        v1.GetProperty("pdfSha256").GetString().Should().Be(Hex(pdf));
        (await PdfTextAsync(pdf)).Should().Contain($"АСОШ 1» {s.Suffix}").And.Contain("Срок действия договора");
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"agreementflow-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}

public sealed class AgreementDocumentTestsOnSqlite(SqliteApp app) : AgreementDocumentTests(app), IClassFixture<SqliteApp>;

public sealed class AgreementDocumentTestsOnPostgres(PostgresApp app) : AgreementDocumentTests(app), IClassFixture<PostgresApp>;
