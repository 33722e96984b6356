using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementFlow.Data.Organizations;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Archive;
using AgreementFlow.Web.Tests.Documents;
using AgreementFlow.Web.Tests.Workflows;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Web.Tests.Archive;

/// <summary>
/// An agreement signed (with a remark from an acting director) and terminated goes to the archive: PDF/A with the QR line,
/// the approval sheet and the certificate of completion, DOCX, approval sheet; verified publicly; tampering in storage is caught; destruction after retention.
/// </summary>
public abstract partial class ArchiveTests(AgreementFlowApp app)
{
    private const string Remark = "Уточнить график занятий";

    [Fact]
    public async Task AnArchivedAgreement_KeepsPdfDocxAndApprovalSheet_AndTheApprovalSheetShowsTheActingDirectorAndTheRemark()
    {
        var (s, id) = await ArchivedAgreementAsync();
        var record = await RecordOfAsync(s, id);
        var number = (await s.AgreementAsync(id)).GetProperty("number").GetString()!;
        record.GetProperty("number").GetString().Should().Be(number);
        record.GetProperty("parties").GetString().Should().Contain($"ЦДТ {s.Suffix}").And.Contain($"АСОШ 1 {s.Suffix}");
        Roles(record).Should().BeEquivalentTo(["document-pdf", "document-docx", "approval-sheet", "certificate", "signature", "signature", "signature"], "each party's signed scan is kept with the record");

        var pdf = await DownloadAsync(s.Admin, record, "document-pdf");
        Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
        Encoding.Latin1.GetString(pdf).Should().MatchRegex("pdfaid:part(>|=\")2").And.MatchRegex("pdfaid:conformance(>|=\")B");
        var text = Squash(await PdfTextAsync(pdf));
        var docxSha = FileOf(record, "document-docx").GetProperty("sha256").GetString()!;
        text.Should().Contain("Проверитьподлинность:").And.Contain($"/verify/{docxSha}", "the QR line links the hash of the archived DOCX")
            .And.Contain(Squash(number)).And.Contain("Листсогласования");
        text.Should().Contain("и.о.").And.Contain(Squash(Remark)).And.Contain("согласованосзамечаниями");
        text.Should().Contain("Сертификатзавершения").And.Contain(Squash($"с регистрационным номером): {docxSha}"),
            "the PDF/A carries the certificate of completion too, naming the hash of the text the archive keeps");

        var sheet = await DownloadAsync(s.Admin, record, "approval-sheet");
        using var word = WordprocessingDocument.Open(new MemoryStream(sheet), false);
        var rows = word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(r => r.InnerText).ToList();
        rows.Should().Contain(r => r.Contains("Тест clerk1") && r.Contains("и.о. директора Тест director1") && r.Contains("согласовано с замечаниями") && r.Contains(Remark),
            "the acting director's answer names whom they stood in for and keeps the remark");
        rows.Should().Contain(r => r.Contains("Тест director") && r.Contains("подписано") && r.Contains("(UTC+7)"), "times are in the organisation's zone");
        word.MainDocumentPart!.Document.Body!.InnerText.Should().MatchRegex(@"согласования даны к тексту версии \d+ \(DOCX SHA-256 [0-9a-f]{64}\)",
            "the sheet says which text the approvals were given to, by its version and hash");

        // The certificate of completion: the archived text's hash, every signature with the hash it was made over, the journal's chain intact.
        var certificate = await DownloadAsync(s.Admin, record, "certificate");
        using (var certificateWord = WordprocessingDocument.Open(new MemoryStream(certificate), false))
        {
            var certificateText = certificateWord.MainDocumentPart!.Document.Body!.InnerText;
            certificateText.Should().Contain(docxSha).And.Contain("подписано").And.Contain("цепочка хешей не нарушена");
            var signatureRows = certificateWord.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
                .Select(r => r.InnerText).Where(r => r.Contains("на бумаге (скан)", StringComparison.Ordinal)).ToList();
            signatureRows.Should().HaveCount(3, "each party's signature is listed, as on the certificate issued at signing");
            signatureRows.Should().OnlyContain(r => r.Contains("SHA-256 ", StringComparison.Ordinal) && !r.Contains(docxSha, StringComparison.Ordinal),
                "a signature names the version it was made over, which is not the archived text with its registration number");
        }

        // On its own, from the agreement page.
        var html = await (await s.ClientAsync("coordinator")).GetStringAsync($"/api/agreements/{id}/approval-sheet.html");
        html.Should().Contain("Лист согласования").And.Contain(Remark).And.Contain("и.о. директора");
        (await (await s.ClientAsync("director2")).GetAsync($"/api/agreements/{Guid.NewGuid()}/approval-sheet.html")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Verification_SaysAuthenticForTheFile_NotFoundForAChangedCopy_TamperedWhenStorageChanged_AndShowsNothingPersonal()
    {
        var (s, id) = await ArchivedAgreementAsync();
        var record = await RecordOfAsync(s, id);
        var number = record.GetProperty("number").GetString()!;
        var anonymous = app.CreateAnonymousClient();

        var pdf = await DownloadAsync(s.Admin, record, "document-pdf");
        var authentic = await UploadAsync(anonymous, pdf);
        authentic.GetProperty("status").GetString().Should().Be("authentic");
        authentic.GetProperty("number").GetString().Should().Be(number);
        authentic.GetProperty("file").GetString().Should().Contain("PDF/A");

        var docxSha = FileOf(record, "document-docx").GetProperty("sha256").GetString()!;
        var byHash = await anonymous.GetFromJsonAsync<JsonElement>($"/api/verify/{docxSha}");
        byHash.GetProperty("status").GetString().Should().Be("authentic");
        byHash.GetProperty("file").GetString().Should().Contain("DOCX");

        var changed = (byte[])pdf.Clone();
        changed[changed.Length / 2] ^= 0x01;
        (await UploadAsync(anonymous, changed)).GetProperty("status").GetString().Should().Be("notFound");
        (await anonymous.GetAsync("/api/verify/not-a-hash")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // The public page: the document's identity, nobody's name.
        var page = await anonymous.GetStringAsync($"/verify/{docxSha}");
        page.Should().Contain("Подлинный документ архива").And.Contain(WebUtility.HtmlEncode(number)).And.Contain($"АСОШ 1 {s.Suffix}");
        page.Should().NotContain("Тест ", "no person's name is shown to the public");
        var json = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/verify/{docxSha}") { Headers = { Accept = { new MediaTypeWithQualityHeaderValue("application/json") } } });
        (await json.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("authentic");
        json.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await json.Content.ReadAsStringAsync()).Should().NotContain("Тест ");

        // One byte changed in storage: tampered, and the integrity job raises one incident for it.
        var sheetSha = FileOf(record, "approval-sheet").GetProperty("sha256").GetString()!;
        var stored = Path.Combine(app.ArchiveFolder, sheetSha[..2], sheetSha);
        var bytes = await File.ReadAllBytesAsync(stored);
        bytes[10] ^= 0x01;
        await File.WriteAllBytesAsync(stored, bytes);
        (await anonymous.GetFromJsonAsync<JsonElement>($"/api/verify/{sheetSha}")).GetProperty("status").GetString().Should().Be("tampered");
        (await anonymous.GetStringAsync($"/verify/{sheetSha}")).Should().Contain("Хранимый экземпляр изменён");

        await RunIntegrityUntilCheckedAsync(sheetSha);
        await RunIntegrityUntilCheckedAsync(sheetSha);
        var instanceId = (await s.AgreementAsync(id)).GetProperty("workflowInstanceId").GetGuid();
        var incidents = (await s.Admin.GetFromJsonAsync<JsonElement[]>("/api/incidents"))!
            .Where(i => i.GetProperty("instanceId").GetGuid() == instanceId && i.GetProperty("source").GetString() == ArchiveIntegrityChecker.IncidentSource)
            .ToList();
        incidents.Should().ContainSingle("one incident per bad file, however often the job runs").Which.GetProperty("message").GetString().Should().Contain(sheetSha);
        var after = await s.Admin.GetFromJsonAsync<JsonElement>($"/api/archive/{record.GetProperty("id").GetGuid()}");
        FileOf(after, "approval-sheet").GetProperty("integrity").GetString().Should().Be("Tampered");
        FileOf(after, "document-pdf").GetProperty("integrity").GetString().Should().Be("Intact");

        // Restored from a backup: authentic again, and the incident is settled.
        bytes[10] ^= 0x01;
        await File.WriteAllBytesAsync(stored, bytes);
        (await anonymous.GetFromJsonAsync<JsonElement>($"/api/verify/{sheetSha}")).GetProperty("status").GetString().Should().Be("authentic");
        await using (var db = app.CreateDbContext())
        {
            await db.ArchiveFiles.Where(f => f.Sha256 == sheetSha).ExecuteUpdateAsync(u => u.SetProperty(f => f.CheckedAtUtc, (DateTime?)null));
        }

        await RunIntegrityUntilCheckedAsync(sheetSha);
        (await s.Admin.GetFromJsonAsync<JsonElement[]>("/api/incidents"))!
            .Should().NotContain(i => i.GetProperty("instanceId").GetGuid() == instanceId && i.GetProperty("source").GetString() == ArchiveIntegrityChecker.IncidentSource);
    }

    [Fact]
    public async Task Destruction_IsRefusedWhileRetentionRuns_ThenRemovesTheFiles_AndKeepsTheAct()
    {
        var (s, id) = await ArchivedAgreementAsync();
        var record = await RecordOfAsync(s, id);
        var recordId = record.GetProperty("id").GetGuid();
        var hashes = record.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("sha256").GetString()!).ToList();
        var ended = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).Year;
        DateOnly.Parse(record.GetProperty("retentionEndsOn").GetString()!, CultureInfo.InvariantCulture).Year
            .Should().BeOneOf([ended + 5, ended + 6], "terminated before its term ended: kept five years from the day it ended");

        var early = await s.Admin.PostAsync($"/api/archive/{recordId}/destroy", null);
        early.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await early.Content.ReadAsStringAsync()).Should().Contain("Срок хранения не истёк");
        (await s.Admin.GetFromJsonAsync<JsonElement[]>("/api/archive/due-for-destruction"))!.Should().NotContain(r => r.GetProperty("id").GetGuid() == recordId);
        hashes.Should().OnlyContain(h => File.Exists(StoredPath(h)));

        app.Clock.SetUtcNow(app.Clock.GetUtcNow().AddYears(6));
        await s.RenewSessionsAsync();
        (await s.Admin.GetFromJsonAsync<JsonElement[]>("/api/archive/due-for-destruction"))!.Should().Contain(r => r.GetProperty("id").GetGuid() == recordId);
        (await (await s.ClientAsync("director")).PostAsync($"/api/archive/{recordId}/destroy", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var destroyed = await s.Admin.PostAsync($"/api/archive/{recordId}/destroy", null);
        destroyed.StatusCode.Should().Be(HttpStatusCode.OK, await destroyed.Content.ReadAsStringAsync());
        hashes.Should().OnlyContain(h => !File.Exists(StoredPath(h)), "the files are removed");

        var kept = await s.Admin.GetFromJsonAsync<JsonElement>($"/api/archive/{recordId}");
        kept.GetProperty("status").GetString().Should().Be("destroyed");
        var act = kept.GetProperty("destruction");
        act.GetProperty("destroyedBy").GetString().Should().NotBeNullOrEmpty();
        act.GetProperty("number").GetString().Should().Be(record.GetProperty("number").GetString());
        act.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).Should().HaveCount(7, "four documents and three signed scans")
            .And.OnlyContain(line => hashes.Any(h => line.Contains(h)), "the act names each file's hash");
        (await s.Admin.GetFromJsonAsync<JsonElement[]>("/api/archive/destruction-acts"))!.Should().Contain(a => a.GetProperty("recordId").GetGuid() == recordId);
        (await app.CreateAnonymousClient().GetFromJsonAsync<JsonElement>($"/api/verify/{hashes[0]}")).GetProperty("status").GetString().Should().Be("notFound");
        (await s.Admin.PostAsync($"/api/archive/{recordId}/destroy", null)).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task TheArchive_IsSearchedByNumberPartyAndYear_AndSeenOnlyByThePartiesStaff()
    {
        var (s, id) = await ArchivedAgreementAsync();
        var record = await RecordOfAsync(s, id);
        var number = record.GetProperty("number").GetString()!;
        var director1 = await s.ClientAsync("director1");
        (await director1.GetFromJsonAsync<JsonElement[]>($"/api/archive?q={Uri.EscapeDataString(number)}"))!.Should().ContainSingle();
        (await director1.GetFromJsonAsync<JsonElement[]>($"/api/archive?q={Uri.EscapeDataString($"сош 70 {s.Suffix}")}&year={record.GetProperty("year").GetInt32()}&kind=agreement"))!
            .Should().Contain(r => r.GetProperty("id").GetGuid() == record.GetProperty("id").GetGuid());
        (await director1.GetFromJsonAsync<JsonElement[]>($"/api/archive?q={Uri.EscapeDataString(number)}&year={record.GetProperty("year").GetInt32() - 1}"))!.Should().BeEmpty();
        (await director1.GetAsync("/api/archive?kind=letter")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // Someone of an organisation that is no party sees nothing of it and cannot download.
        var outsider = await OutsiderAsync(s);
        (await outsider.GetFromJsonAsync<JsonElement[]>($"/api/archive?q={Uri.EscapeDataString(number)}"))!.Should().BeEmpty();
        var file = FileOf(record, "document-pdf").GetProperty("id").GetGuid();
        (await outsider.GetAsync($"/api/archive/{record.GetProperty("id").GetGuid()}/files/{file}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await director1.GetAsync($"/api/archive/{record.GetProperty("id").GetGuid()}/files/{file}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var page = await director1.GetStringAsync($"/archive?q={Uri.EscapeDataString(number)}");
        page.Should().Contain(WebUtility.HtmlEncode(number)).And.Contain("Лист согласования");
    }

    [Fact]
    public async Task ThePages_VerifyAnUploadWithoutSignIn_AndLetAnAdministratorDestroyOnlyAfterConfirming()
    {
        var (s, id) = await ArchivedAgreementAsync();
        var record = await RecordOfAsync(s, id);
        var number = record.GetProperty("number").GetString()!;
        var recordId = record.GetProperty("id").GetGuid();

        var anonymous = app.CreateAnonymousClient();
        var token = await PageForms.TokenOfAsync(anonymous, "/verify");
        using (var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await DownloadAsync(s.Admin, record, "certificate")), "file", "сертификат.docx" },
            { new StringContent(token), "__RequestVerificationToken" },
        })
        {
            var answer = await anonymous.PostAsync("/verify", form);
            answer.StatusCode.Should().Be(HttpStatusCode.OK);
            var html = await answer.Content.ReadAsStringAsync();
            html.Should().Contain("Подлинный документ архива").And.Contain(WebUtility.HtmlEncode(number)).And.Contain("Сертификат завершения");
            html.Should().NotContain("Тест ", "no person's name is shown to the public");
        }

        (await (await s.ClientAsync("director")).GetAsync("/archive/destruction")).StatusCode.Should().NotBe(HttpStatusCode.OK, "the list is for administrators");

        app.Clock.SetUtcNow(app.Clock.GetUtcNow().AddYears(6));
        await s.RenewSessionsAsync();
        (await s.Admin.GetStringAsync("/archive/destruction")).Should().Contain(WebUtility.HtmlEncode(number));

        var unconfirmed = await PageForms.PostAsync(s.Admin, "/archive/destruction", [new("id", recordId.ToString())], $"/archive/destruction?id={recordId}");
        (await unconfirmed.Content.ReadAsStringAsync()).Should().Contain("Подтвердите уничтожение отметкой.");
        (await s.Admin.GetFromJsonAsync<JsonElement>($"/api/archive/{recordId}")).GetProperty("status").GetString().Should().Be("kept");

        var confirmed = await PageForms.PostAsync(s.Admin, "/archive/destruction", [new("confirm", "true")], $"/archive/destruction?id={recordId}");
        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await s.Admin.GetFromJsonAsync<JsonElement>($"/api/archive/{recordId}")).GetProperty("status").GetString().Should().Be("destroyed");
        var page = await s.Admin.GetStringAsync("/archive/destruction");
        page.Should().Contain("Акты об уничтожении").And.Contain(record.GetProperty("files")[0].GetProperty("sha256").GetString()!);
    }

    /// <summary>The school's director is on leave, so the clerk answers as «и.о.»; approved with a remark, signed, then terminated.</summary>
    private async Task<(NetworkScenario Scenario, Guid Id)> ArchivedAgreementAsync()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await using (var db = app.CreateDbContext())
        {
            db.Absences.Add(new Absence
            {
                Id = Guid.NewGuid(),
                PersonId = s.PersonId("director1"),
                SubstituteId = s.PersonId("clerk1"),
                From = new DateOnly(2020, 1, 1),
                To = new DateOnly(2099, 12, 31),
                Note = "Отпуск",
            });
            await db.SaveChangesAsync();
        }

        await TestTemplates.PublishNetworkTemplateAsync(s);
        // The term starts today: a test that moves the clock years ahead leaves the next ones a present to work in.
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var id = await AgreementFlow.Web.Tests.Api.AuthorizationWorld.IdOfAsync(await (await s.ClientAsync("coordinator")).PostAsJsonAsync("/api/agreements", new
        {
            baseOrganizationId = s.Centre,
            partnerOrganizationIds = new[] { s.School1, s.School2 },
            programIds = new[] { s.Program },
            term = new { from = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = today.AddMonths(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            data = new { students = 25, documents = new { issued = TestTemplates.IssuedDocumentsText } },
        }));
        await Ok(s.AnswerAsync(id, "coordinator", "submit"));
        await Ok(s.AnswerAsync(id, "legal", "approve"));
        await Ok(s.AnswerAsync(id, "clerk1", "accept"));
        await Ok(s.AnswerAsync(id, "director2", "accept"));
        await Ok(s.AnswerAsync(id, "director", "approve"));
        await Ok(s.AnswerAsync(id, "clerk1", "approve-with-remarks", Remark));
        await Ok(s.AnswerAsync(id, "director2", "approve"));
        await Ok(s.SignAsync(id, "clerk1"));
        await Ok(s.SignAsync(id, "director2"));
        await Ok(s.SignAsync(id, "director"));
        await app.RunDueTimersAsync();
        (await s.StageAsync(id)).Should().Be("active");
        await Ok((await s.ClientAsync("director")).PostAsJsonAsync($"/api/agreements/{id}/actions/terminate", new { comment = "Программа закрыта" }));
        await app.RunDueTimersAsync();
        (await s.StageAsync(id)).Should().Be("archived");
        return (s, id);
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> RecordOfAsync(NetworkScenario s, Guid agreementId)
    {
        var records = await s.Admin.GetFromJsonAsync<JsonElement[]>("/api/archive");
        return records!.Should().ContainSingle(r => r.GetProperty("agreementId").GetGuid() == agreementId, "the archive action made one record").Subject;
    }

    private static IEnumerable<string> Roles(JsonElement record) => record.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("role").GetString()!);

    private static JsonElement FileOf(JsonElement record, string role) => record.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("role").GetString() == role);

    private static async Task<byte[]> DownloadAsync(HttpClient client, JsonElement record, string role)
    {
        var file = FileOf(record, role);
        var bytes = await client.GetByteArrayAsync($"/api/archive/{record.GetProperty("id").GetGuid()}/files/{file.GetProperty("id").GetGuid()}");
        Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(file.GetProperty("sha256").GetString());
        return bytes;
    }

    private static async Task<JsonElement> UploadAsync(HttpClient client, byte[] content)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", "document.pdf" } };
        var response = await client.PostAsync("/api/verify", form);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task RunIntegrityUntilCheckedAsync(string sha)
    {
        // Batches take the longest-unchecked files first; other tests' files share the database, so run until this one is reached.
        for (var i = 0; i < 50; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ArchiveIntegrityChecker>().RunBatchAsync(100, CancellationToken.None);
            await using var db = app.CreateDbContext();
            if (await db.ArchiveFiles.AnyAsync(f => f.Sha256 == sha && f.Integrity != AgreementFlow.Data.Archive.ArchiveIntegrity.Unchecked))
            {
                return;
            }
        }
    }

    private async Task<HttpClient> OutsiderAsync(NetworkScenario s)
    {
        var organization = await AgreementFlow.Web.Tests.Api.AuthorizationWorld.IdOfAsync(await s.Admin.PostAsJsonAsync("/api/organizations", new
        {
            fullName = $"МБОУ «Чужая школа» {s.Suffix}", shortName = $"Чужая {s.Suffix}", kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        }));
        var email = $"outsider-{s.Suffix}@scenario.test";
        await AgreementFlow.Web.Tests.Api.AuthorizationWorld.IdOfAsync(await s.Admin.PostAsJsonAsync("/api/people", new
        {
            fullName = "Тест outsider", email, password = NetworkScenario.Password,
            memberships = new[] { new { organizationId = organization, role = "director" } },
        }));
        return await app.SignInAsync(email, NetworkScenario.Password);
    }

    private string StoredPath(string sha) => Path.Combine(app.ArchiveFolder, sha[..2], sha);

    private static string Squash(string text) => WhiteSpace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

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

public sealed class ArchiveTestsOnSqlite(SqliteApp app) : ArchiveTests(app), IClassFixture<SqliteApp>;

public sealed class ArchiveTestsOnPostgres(PostgresApp app) : ArchiveTests(app), IClassFixture<PostgresApp>;
