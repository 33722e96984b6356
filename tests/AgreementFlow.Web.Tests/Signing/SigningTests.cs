using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AgreementFlow.TestSupport;
using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Web.Documents.Rendering;
using AgreementFlow.Web.Tests.Api;
using AgreementFlow.Web.Tests.Workflows;
using AgreementFlow.Workflows.Runtime.Outbox;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Web.Tests.Signing;

/// <summary>
/// Signing an agreement on both databases: the route's order, e-mailed codes read from a real mailbox (wrong five times, expired,
/// for another version, rate-limited), qualified signatures (RSA verified, GOST kept unverified, over a changed PDF refused), scans
/// checked by content, and the certificate of completion once everyone has signed.
/// </summary>
public abstract class SigningTests(MailApp app)
{
    [Fact]
    public async Task ASimpleSignature_WithTheCodeFromTheMailbox_BindsPersonRoleDocumentHashIpAndUserAgent_InTheRoutesOrder()
    {
        var (w, id) = await SigningWorld.AtSigningAsync(app);
        var (_, pdfSha) = await w.FinalPdfAsync(id);

        // The base signs last: its director cannot ask for a code yet.
        var early = await w.RequestCodeAsync("director", id);
        early.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await early.Content.ReadAsStringAsync()).Should().Contain("сначала партнёры");

        // The generic decision API cannot "sign" without a signature.
        var clicked = await w.S.AnswerAsync(id, "director1", "sign");
        clicked.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await clicked.Content.ReadAsStringAsync()).Should().Contain($"/agreements/{id}/sign");
        (await w.S.StageAsync(id)).Should().Be("signing");

        // Someone of no party, and a colleague of a party without the task: 403, nothing sent.
        var outsider = await OutsiderAsync(w);
        (await outsider.PostAsync($"/api/agreements/{id}/signatures/code", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await w.RequestCodeAsync("clerk1", id)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var sent = await w.RequestCodeAsync("director1", id);
        sent.StatusCode.Should().Be(HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentSha256").GetString().Should().Be(pdfSha);
        var code = await w.LatestCodeAsync("director1");
        await using (var db = app.CreateDbContext())
        {
            var stored = await db.SigningCodes.AsNoTracking().Where(c => c.AgreementId == id).SingleAsync();
            stored.CodeHash.Should().NotContain(code, "the code is kept only as a hash");
            (await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == "signing-code").Select(m => m.Payload).ToListAsync())
                .Should().NotContain(p => p.Contains(code), "the outbox holds the code encrypted, not in clear");
            (await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == "signing-code" && m.Status == OutboxStatus.Sent).Select(m => m.Payload).ToListAsync())
                .Where(p => p.Contains(id.ToString(), StringComparison.Ordinal)).Should().NotBeEmpty()
                .And.OnlyContain(p => !p.Contains("\"code\"", StringComparison.Ordinal), "once the e-mail is sent, not even the encrypted code is kept");
        }

        var signed = await w.SignWithCodeAsync("director1", id, code);
        signed.StatusCode.Should().Be(HttpStatusCode.OK, await signed.Content.ReadAsStringAsync());
        var signature = await signed.Content.ReadFromJsonAsync<JsonElement>();
        signature.GetProperty("personName").GetString().Should().Be("Тест director1");
        signature.GetProperty("organizationName").GetString().Should().Be($"АСОШ 1 {w.S.Suffix}");
        signature.GetProperty("role").GetString().Should().Be("director");
        signature.GetProperty("method").GetString().Should().Be("simple");
        signature.GetProperty("documentSha256").GetString().Should().Be(pdfSha);
        signature.GetProperty("documentFormat").GetString().Should().Be("pdf");
        signature.GetProperty("userAgent").GetString().Should().Be(SigningWorld.UserAgent);
        // The in-memory test server has no remote address; the browser test over a real socket sees it recorded.
        signature.TryGetProperty("ipAddress", out _).Should().BeTrue();
        signature.GetProperty("signedAtLocal").GetString().Should().EndWith("(UTC+7)", "shown in the school's zone");

        // A used code signs nothing more; the next party is now the second school.
        (await w.SignWithCodeAsync("director1", id, code)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        var state = await w.StateAsync("director2", id);
        state.GetProperty("myAssignmentId").ValueKind.Should().Be(JsonValueKind.String);
        state.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("status").GetString()).Should().Equal("signed", "next", "waiting");
    }

    [Fact]
    public async Task AWrongCodeFiveTimes_LocksIt_AnExpiredCodeIsRefused_AndCodesAreRateLimited()
    {
        var (w, id) = await SigningWorld.AtSigningAsync(app);
        await w.FinalPdfAsync(id);

        (await w.RequestCodeAsync("director1", id)).StatusCode.Should().Be(HttpStatusCode.OK);
        var limited = await w.RequestCodeAsync("director1", id);
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.Should().NotBeNull();
        (await w.CodeMailCountAsync("director1")).Should().Be(1, "a refused request sends nothing");

        var code = await w.LatestCodeAsync("director1");
        var wrong = code == "000000" ? "111111" : "000000";
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var refused = await w.SignWithCodeAsync("director1", id, wrong);
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).Should().Contain($"Осталось попыток: {5 - attempt}");
        }

        var fifth = await w.SignWithCodeAsync("director1", id, wrong);
        fifth.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await fifth.Content.ReadAsStringAsync()).Should().Contain("заблокирован");
        var afterLock = await w.SignWithCodeAsync("director1", id, code);
        afterLock.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "the right code no longer helps once locked");
        (await w.SignWithCodeAsync("director1", id, "12ab")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // A minute later a new code may be asked for; ten minutes after that it has expired.
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        (await w.RequestCodeAsync("director1", id)).StatusCode.Should().Be(HttpStatusCode.OK);
        var fresh = await w.LatestCodeAsync("director1");
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var expired = await w.SignWithCodeAsync("director1", id, fresh);
        expired.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await expired.Content.ReadAsStringAsync()).Should().Contain("истёк");

        // Five codes an hour at most.
        for (var i = 0; i < 3; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(61));
            (await w.RequestCodeAsync("director1", id)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        app.Clock.Advance(TimeSpan.FromSeconds(61));
        var hourly = await w.RequestCodeAsync("director1", id);
        hourly.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await hourly.Content.ReadAsStringAsync()).Should().Contain("За час");
        (await w.S.StageAsync(id)).Should().Be("signing");
        await using var db = app.CreateDbContext();
        (await db.Signatures.CountAsync(s => s.AgreementId == id)).Should().Be(0);
    }

    [Fact]
    public async Task ACodeSentForOneVersion_CannotSignANewerOne()
    {
        var (w, id) = await SigningWorld.AtSigningAsync(app);
        await w.FinalPdfAsync(id);
        (await w.RequestCodeAsync("director1", id)).StatusCode.Should().Be(HttpStatusCode.OK);
        var code = await w.LatestCodeAsync("director1");

        // The text changes after the code was sent: a new version of the document.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlow.Data.Persistence.AgreementFlowDbContext>();
            var agreement = await db.Agreements.Include(a => a.Parties).Include(a => a.Programs).SingleAsync(a => a.Id == id);
            await scope.ServiceProvider.GetRequiredService<AgreementDocumentRenderer>().RenderAsync(agreement, "изменён после отправки кода", null, null, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var refused = await w.SignWithCodeAsync("director1", id, code);
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("документ изменился");
        await using var check = app.CreateDbContext();
        (await check.Signatures.CountAsync(s => s.AgreementId == id)).Should().Be(0);
        (await w.S.StageAsync(id)).Should().Be("signing");
    }

    [Fact]
    public async Task Uploads_AreCheckedByContentAndSize_QualifiedSignaturesAreVerifiedOrHonestlyUnverified_AndWhenAllSigned_TheAgreementIsActiveWithACertificate()
    {
        var (w, id) = await SigningWorld.AtSigningAsync(app);
        var (pdf, pdfSha) = await w.FinalPdfAsync(id);
        (await w.ChooseAsync(id, w.S.School1, "paper")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await w.ChooseAsync(id, w.S.School2, "qualified")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await w.ChooseAsync(id, w.S.Centre, "qualified")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await w.ClientAsync("director1")).PutAsJsonAsync($"/api/agreements/{id}/signing-methods", new { organizationId = w.S.School1, method = "simple" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "only the base's coordinator chooses methods");

        // Paper: empty, not a PDF or JPEG by content (whatever its name says), too large → 400 with the reason.
        await ExpectBadUploadAsync(w.UploadAsync("director1", id, [], "scan.pdf"), "пуст");
        await ExpectBadUploadAsync(w.UploadAsync("director1", id, Encoding.UTF8.GetBytes("<html>not a scan</html>"), "scan.pdf", "application/pdf"), "PDF или JPEG");
        await ExpectBadUploadAsync(w.UploadAsync("director1", id, new byte[(20 * 1024 * 1024) + 1], "huge.pdf"), "не более 20 МБ");
        (await w.RequestCodeAsync("director1", id)).StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "the school signs on paper");
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00 };
        var paper = await w.UploadAsync("director1", id, jpeg, "скан.jpg", "image/jpeg");
        paper.StatusCode.Should().Be(HttpStatusCode.OK, await paper.Content.ReadAsStringAsync());
        (await paper.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("method").GetString().Should().Be("paper");

        // Qualified, GOST: kept, never shown as valid.
        var gost = await w.UploadAsync("director2", id, SigningWorld.GostSignature(SigningWorld.Certificate("Петров Пётр Петрович")), "договор.pdf.sig");
        gost.StatusCode.Should().Be(HttpStatusCode.OK, await gost.Content.ReadAsStringAsync());
        var gostSignature = await gost.Content.ReadFromJsonAsync<JsonElement>();
        gostSignature.GetProperty("verification").GetString().Should().Be("notVerified");
        gostSignature.GetProperty("verificationNote").GetString().Should().Be("не проверено: нет криптопровайдера");
        gostSignature.GetProperty("certificateSubject").GetString().Should().Contain("CN=Петров Пётр Петрович").And.Contain("СНИЛС=12345678901");

        // Qualified, RSA: over a changed PDF refused; over the PDF itself verified, with the signer's subject.
        var certificate = SigningWorld.Certificate("Сидоров Сидор Сидорович");
        var tampered = (byte[])pdf.Clone();
        tampered[tampered.Length / 2] ^= 0x01;
        await ExpectBadUploadAsync(w.UploadAsync("director", id, SigningWorld.RsaSignature(certificate, tampered), "договор.p7s"), "не соответствует документу");
        var pem = Encoding.ASCII.GetBytes("-----BEGIN PKCS7-----\n" + Convert.ToBase64String(SigningWorld.RsaSignature(certificate, pdf), Base64FormattingOptions.InsertLineBreaks) + "\n-----END PKCS7-----\n");
        var rsa = await w.UploadAsync("director", id, pem, "договор.p7s");
        rsa.StatusCode.Should().Be(HttpStatusCode.OK, await rsa.Content.ReadAsStringAsync());
        var rsaSignature = await rsa.Content.ReadFromJsonAsync<JsonElement>();
        rsaSignature.GetProperty("verification").GetString().Should().Be("valid");
        rsaSignature.GetProperty("certificateSubject").GetString().Should().Contain("CN=Сидоров Сидор Сидорович").And.Contain("ИНН=246500000001");
        rsaSignature.GetProperty("documentSha256").GetString().Should().Be(pdfSha);

        // Everyone has signed: active, numbered, and the certificate of completion kept with the signing files.
        await app.RunDueTimersAsync();
        var agreement = await w.S.AgreementAsync(id);
        agreement.GetProperty("stage").GetString().Should().Be("active");
        agreement.GetProperty("number").GetString().Should().NotBeNullOrEmpty();
        var state = await w.StateAsync("coordinator", id);
        var files = state.GetProperty("files").EnumerateArray().ToList();
        files.Select(f => f.GetProperty("kind").GetString()).Should().Contain(["scan", "signature", "signature", "certificate-docx", "certificate-html"]);
        var docxId = files.Single(f => f.GetProperty("kind").GetString() == "certificate-docx").GetProperty("id").GetGuid();
        var docx = await (await w.ClientAsync("coordinator")).GetByteArrayAsync($"/api/agreements/{id}/signatures/files/{docxId}");
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        text.Should().Contain("Тест director1").And.Contain("Тест director2").And.Contain("Тест director")
            .And.Contain("на бумаге").And.Contain("квалифицированная ЭП").And.Contain("не проверено: нет криптопровайдера").And.Contain("подпись верна")
            .And.Contain(pdfSha).And.Contain(agreement.GetProperty("number").GetString()!).And.Contain("Выписка из журнала");

        // Methods are fixed once signed.
        (await w.ChooseAsync(id, w.S.School1, "simple")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await (await OutsiderAsync(w)).GetAsync($"/api/agreements/{id}/signatures")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheSigningPage_ShowsTheHashTheOrderAndTheNextStep_SendsTheCode_AndSignsWithIt()
    {
        var (w, id) = await SigningWorld.AtSigningAsync(app);
        var (_, pdfSha) = await w.FinalPdfAsync(id);
        var director1 = await w.ClientAsync("director1");
        var url = $"/agreements/{id}/sign";

        var html = await director1.GetStringAsync(url);
        html.Should().Contain(pdfSha).And.Contain("Подписать").And.Contain("простая электронная подпись (код из письма)")
            .And.Contain($"АСОШ 1 {w.S.Suffix}").And.Contain("подписывает сейчас").And.Contain("ожидает очереди");
        (await (await w.ClientAsync("director")).GetStringAsync(url)).Should().Contain("Стороны подписывают по очереди", "the base director sees it is not their turn yet");
        (await (await w.ClientAsync("coordinator")).GetStringAsync(url)).Should().Contain("name=\"method\"", "the coordinator chooses methods here");

        var sent = await PageForms.PostAsync(director1, url, [], $"{url}?handler=Code");
        sent.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var code = await w.LatestCodeAsync("director1");
        (await director1.GetStringAsync(url)).Should().Contain("Код из письма");

        var wrong = await PageForms.PostAsync(director1, url, [new("code", code == "000000" ? "111111" : "000000")], $"{url}?handler=Sign");
        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("Неверный код. Осталось попыток: 4.");

        var signed = await PageForms.PostAsync(director1, url, [new("code", code)], $"{url}?handler=Sign");
        signed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await director1.GetStringAsync(url)).Should().Contain("Подписано. Подпись записана вместе с хешем документа.").And.Contain("Тест director1");

        var outsider = await (await OutsiderAsync(w)).GetAsync(url);
        outsider.StatusCode.Should().NotBe(HttpStatusCode.OK);
        (await outsider.Content.ReadAsStringAsync()).Should().NotContain(pdfSha);
    }

    private static async Task ExpectBadUploadAsync(Task<HttpResponseMessage> upload, string reason)
    {
        var response = await upload;
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("file")[0].GetString().Should().Contain(reason);
    }

    private async Task<HttpClient> OutsiderAsync(SigningWorld w)
    {
        var organization = await AuthorizationWorld.IdOfAsync(await w.S.Admin.PostAsJsonAsync("/api/organizations", new
        {
            fullName = $"МБОУ «Чужая школа» {w.S.Suffix}", shortName = $"Чужая {w.S.Suffix}", kind = "school", regionCode = "24", timeZone = "Asia/Krasnoyarsk",
        }));
        var email = $"outsider-{w.S.Suffix}@scenario.test";
        await AuthorizationWorld.IdOfAsync(await w.S.Admin.PostAsJsonAsync("/api/people", new
        {
            fullName = "Тест outsider", email, password = NetworkScenario.Password, memberships = new[] { new { organizationId = organization, role = "director" } },
        }));
        return await app.SignInAsync(email, NetworkScenario.Password);
    }
}

public sealed class SigningTestsOnSqlite(SqliteMailApp app) : SigningTests(app), IClassFixture<SqliteMailApp>;

public sealed class SigningTestsOnPostgres(PostgresMailApp app) : SigningTests(app), IClassFixture<PostgresMailApp>;
