using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Tests.Workflows;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Pages;

/// <summary>The clerk's new-application form and the administrators' routes page, driven through their HTML forms.</summary>
public abstract class CreditAndWorkflowPagesTests(AgreementFlowApp app)
{
    private const string NewApplication = "/credit-transfers/new";

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task APastedCohort_WithBadHoursOnLineTwo_IsShownByLine_AndNothingIsStored()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var clerk = await s.ClientAsync("clerk1");

        var response = await PostApplicationAsync(clerk, s.Suffix,
            "Алексеева Мария Ивановна;12.03.2010;36;зачтено\nБорисов Илья Петрович;01.02.2010;тридцать;зачтено\nВасильева Анна Сергеевна;05.06.2010;36;отлично", withPdf: true);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("Строка 2: часы «тридцать» — не целое число.").And.NotContain("Строка 1").And.NotContain("Строка 3")
            .And.Contain("Алексеева Мария Ивановна", "the pasted rows stay in the textarea to be corrected");
        await using var db = app.CreateDbContext();
        (await db.CreditTransfers.CountAsync(c => c.ApplicantOrganizationId == s.School1)).Should().Be(0);
    }

    [Fact]
    public async Task AServiceErrorOnAStudent_PointsAtTheLine()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var clerk = await s.ClientAsync("clerk1");

        var response = await PostApplicationAsync(clerk, s.Suffix, "ФИО;дата рождения;часы;результат\nАлексеева Мария Ивановна;12.03.2010;36;зачтено\nБорисов Илья Петрович;01.02.2010;20000;зачтено", withPdf: true);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Строка 3: Часы — целое число от 0 до 10000.");
    }

    [Fact]
    public async Task AValidPaste_WithAPdf_CreatesTheApplication_ThatTheListShows()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var clerk = await s.ClientAsync("clerk1");
        var form = await clerk.GetStringAsync(NewApplication);
        form.Should().Contain("enctype=\"multipart/form-data\"").And.Contain("type=\"file\"")
            .And.Contain($"type=\"hidden\" name=\"Input.ApplicantOrganizationId\" value=\"{s.School1}\"", "the clerk's only organisation is not a choice");

        var response = await PostApplicationAsync(clerk, s.Suffix,
            "Алексеева Мария Ивановна\t12.03.2010\t36\tзачтено\r\nБорисов Илья Петрович\t01.02.2010\t30\tзачтено\r\nВасильева Анна Сергеевна\t\t36\tотлично\r\n", withPdf: true);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/credit-transfers");
        var list = await clerk.GetStringAsync("/credit-transfers");
        list.Should().Contain($"Робототехника {s.Suffix}").And.Contain("Заявление сохранено").And.Contain("href=\"/credit-transfers/new\"");
        await using var db = app.CreateDbContext();
        var stored = await db.CreditTransfers.Include(c => c.Students).Include(c => c.Documents).SingleAsync(c => c.ApplicantOrganizationId == s.School1);
        stored.Students.OrderBy(x => x.Position).Select(x => x.Hours).Should().Equal(36, 30, 36);
        stored.Documents.Should().ContainSingle().Which.ContentType.Should().Be("application/pdf");
    }

    [Fact]
    public async Task TheRoutesPage_ListsEveryRouteWithItsDiagram_ForTheAdministrator_AndNotForADirector()
    {
        var s = await NetworkScenario.CreateAsync(app);
        await s.DraftAgreementAsync();

        var response = await s.Admin.GetAsync("/admin/workflows");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        foreach (var route in new[] { "network-agreement", "agreement-amendment", "credit-transfer" })
        {
            page.Should().Contain($"id=\"route-{route}\"");
        }

        page.Should().Contain("Зачёт результатов обучения").And.Contain("последняя").And.Contain("href=\"/admin/workflows\"");
        CountOf(page, "<svg").Should().BeGreaterThanOrEqualTo(3);
        page.Should().MatchRegex("идёт: [1-9]", "the agreement just drafted runs on network-agreement v1");

        var denied = await (await s.ClientAsync("director")).GetAsync("/admin/workflows");
        denied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        denied.Headers.Location!.OriginalString.Should().Contain("/account/denied");
    }

    [Fact]
    public async Task ADryRunToTheSameVersion_IsRefused_WithTheRuntimesReason()
    {
        var s = await NetworkScenario.CreateAsync(app);

        var response = await PageForms.PostAsync(s.Admin, "/admin/workflows",
            [F("Input.Route", "network-agreement"), F("Input.FromVersion", "1"), F("Input.ToVersion", "1"), F("Input.StageMap", ""), F("Input.DryRun", "true")]);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Сейчас это сделать нельзя.").And.Contain("Choose two different versions.");
    }

    [Fact]
    public async Task ABadStageMapLine_IsShownByLine()
    {
        var s = await NetworkScenario.CreateAsync(app);

        var response = await PageForms.PostAsync(s.Admin, "/admin/workflows",
            [F("Input.Route", "network-agreement"), F("Input.FromVersion", "1"), F("Input.ToVersion", "2"), F("Input.StageMap", "drafting = drafting\nreview"), F("Input.DryRun", "true")]);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Строка 2: нужно «старый-этап = новый-этап».");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static async Task<HttpResponseMessage> PostApplicationAsync(HttpClient clerk, string suffix, string students, bool withPdf)
    {
        var token = await PageForms.TokenOfAsync(clerk, NewApplication);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("parent"), "Input.ApplicantKind" },
            { new StringContent("Алексеева Ольга Викторовна"), "Input.ApplicantName" },
            { new StringContent("МБУ ДО «Дом детского творчества»"), "Input.SourceOrganizationName" },
            { new StringContent($"Робототехника {suffix}"), "Input.SourceProgramName" },
            { new StringContent("Технология, 7 класс"), "Input.TargetUnit" },
            { new StringContent("36"), "Input.RequiredHours" },
            { new StringContent(students), "Input.Students" },
        };
        if (withPdf)
        {
            var pdf = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%справка\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"));
            pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(pdf, "Documents", "spravka.pdf");
        }

        return await clerk.PostAsync(NewApplication, content);
    }
}

public sealed class CreditAndWorkflowPagesTestsOnSqlite(SqliteApp app) : CreditAndWorkflowPagesTests(app), IClassFixture<SqliteApp>;

public sealed class CreditAndWorkflowPagesTestsOnPostgres(PostgresApp app) : CreditAndWorkflowPagesTests(app), IClassFixture<PostgresApp>;
