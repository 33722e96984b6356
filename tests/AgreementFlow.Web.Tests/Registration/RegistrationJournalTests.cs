using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AgreementFlow.Data.Registration;
using AgreementFlow.TestSupport;
using AgreementFlow.Web.Registration;
using AgreementFlow.Web.Tests.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Web.Tests.Registration;

/// <summary>Registration journals on both databases: numbers an agreement gets when it becomes active, concurrency, the yearly restart.</summary>
public abstract class RegistrationJournalTests(AgreementFlowApp app)
{
    private static readonly TimeZoneInfo Krasnoyarsk = TimeZoneInfo.FindSystemTimeZoneById("Asia/Krasnoyarsk");

    [Fact]
    public async Task AnAgreementThatBecomesActive_GetsTheNextNumberOfItsBasesJournal_AndTheJournalListsIt()
    {
        var s = await NetworkScenario.CreateAsync(app);
        (await s.Admin.PutAsJsonAsync($"/api/registration-journals/{s.Centre}", new { pattern = "02-37/{seq}/{yy}" })).StatusCode.Should().Be(HttpStatusCode.OK);

        var first = await DriveToActiveAsync(s);
        var second = await DriveToActiveAsync(s);

        var yy = LocalToday().ToString("yy", System.Globalization.CultureInfo.InvariantCulture);
        (await s.AgreementAsync(first)).GetProperty("number").GetString().Should().Be($"02-37/1/{yy}");
        (await s.AgreementAsync(second)).GetProperty("number").GetString().Should().Be($"02-37/2/{yy}");

        var director = await s.ClientAsync("director");
        var journal = await director.GetFromJsonAsync<JsonElement>($"/api/registration-journals/{s.Centre}");
        journal.GetProperty("pattern").GetString().Should().Be("02-37/{seq}/{yy}");
        var lines = journal.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => l.GetProperty("number").GetString()).Should().Equal($"02-37/2/{yy}", $"02-37/1/{yy}");
        lines[0].GetProperty("parties").EnumerateArray().Select(p => p.GetString()).Should().Contain(n => n!.StartsWith("АСОШ 1", StringComparison.Ordinal));
        lines[0].GetProperty("stage").GetString().Should().Be("active");
        lines[0].GetProperty("link").GetString().Should().Be($"/agreements/{second}");

        var csv = await director.GetByteArrayAsync($"/api/registration-journals/{s.Centre}?format=csv");
        csv.Take(3).Should().Equal(Encoding.UTF8.GetPreamble(), "Excel reads Cyrillic only from UTF-8 with a byte-order mark");
        var text = Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        text.Should().StartWith("\"Номер\";\"Дата\";\"Вид документа\"");
        text.Should().Contain($"\"02-37/1/{yy}\"").And.Contain("\"Договор о сетевой форме\"").And.Contain("\"Действует\"");
    }

    [Fact]
    public async Task TwentyParallelRegistrations_AreConsecutiveAndUnique()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var subjects = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        var entries = await Task.WhenAll(subjects.Select(async subject =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var registration = scope.ServiceProvider.GetRequiredService<RegistrationService>();
            return await registration.RegisterAsync(s.Centre, RegisteredDocumentKind.Agreement, subject, "Договор " + subject, CancellationToken.None);
        }));

        entries.Select(e => e.Sequence).Order().Should().Equal(Enumerable.Range(1, 20));
        entries.Select(e => e.Number).Should().OnlyHaveUniqueItems();
        await using var db = app.CreateDbContext();
        db.RegistrationEntries.Count(e => e.OrganizationId == s.Centre).Should().Be(20, "no number was taken twice or lost");
        db.RegistrationJournals.Single(j => j.OrganizationId == s.Centre).LastSequence.Should().Be(20);
    }

    [Fact]
    public async Task ASubjectRegisteredAgain_KeepsItsNumber()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var subject = Guid.NewGuid();
        var first = await RegisterAsync(s.Centre, subject);
        var again = await RegisterAsync(s.Centre, subject);
        again.Number.Should().Be(first.Number);
        (await RegisterAsync(s.Centre, Guid.NewGuid())).Sequence.Should().Be(first.Sequence + 1);
    }

    [Fact]
    public async Task TheSequenceRestarts_WhenTheOrganisationsLocalYearChanges_AndNotWithoutAYearInThePattern()
    {
        var s = await NetworkScenario.CreateAsync(app);
        (await s.Admin.PutAsJsonAsync($"/api/registration-journals/{s.School2}", new { pattern = "{seq:3}" })).StatusCode.Should().Be(HttpStatusCode.OK);

        // 22:00 on 31 December in Krasnoyarsk (UTC+7), the centre's zone: still the old year there.
        var year = LocalToday().Year;
        app.Clock.SetUtcNow(new DateTimeOffset(year, 12, 31, 15, 0, 0, TimeSpan.Zero));
        await RegisterAsync(s.Centre, Guid.NewGuid());
        var lastOfYear = await RegisterAsync(s.Centre, Guid.NewGuid());
        lastOfYear.Number.Should().Be($"2/СФ-{year}");
        await RegisterAsync(s.School2, Guid.NewGuid());

        // 00:30 on 1 January in Krasnoyarsk, while it is still 31 December in UTC.
        app.Clock.SetUtcNow(new DateTimeOffset(year, 12, 31, 17, 30, 0, TimeSpan.Zero));
        var firstOfYear = await RegisterAsync(s.Centre, Guid.NewGuid());
        firstOfYear.Number.Should().Be($"1/СФ-{year + 1}");
        firstOfYear.RegisteredOn.Should().Be(new DateOnly(year + 1, 1, 1));
        (await RegisterAsync(s.School2, Guid.NewGuid())).Number.Should().Be("002", "a pattern without a year never restarts");
    }

    [Fact]
    public async Task ABadPattern_Is400NamingTheField_AndTheJournalKeepsItsPattern()
    {
        var s = await NetworkScenario.CreateAsync(app);
        foreach (var pattern in new[] { "", "СФ-{yyyy}", "{seq}/{seq}", "{seq}/{year}", "{seq}}" })
        {
            var response = await s.Admin.PutAsJsonAsync($"/api/registration-journals/{s.Centre}", new { pattern });
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, pattern);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("errors").TryGetProperty("pattern", out _).Should().BeTrue(pattern);
        }

        var journal = await s.Admin.GetFromJsonAsync<JsonElement>($"/api/registration-journals/{s.Centre}");
        journal.GetProperty("pattern").GetString().Should().Be(RegistrationJournal.DefaultPattern);
    }

    [Fact]
    public async Task OnlyTheOrganisationsStaffSeeItsJournal_AndOnlyItsDirectorOrClerkChangeThePattern()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var partnerDirector = await s.ClientAsync("director1");
        (await partnerDirector.GetAsync($"/api/registration-journals/{s.Centre}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await partnerDirector.PutAsJsonAsync($"/api/registration-journals/{s.Centre}", new { pattern = "{seq}" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var legal = await s.ClientAsync("legal");
        (await legal.GetAsync($"/api/registration-journals/{s.Centre}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await legal.PutAsJsonAsync($"/api/registration-journals/{s.Centre}", new { pattern = "{seq}" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var clerk = await s.ClientAsync("clerk1");
        (await clerk.PutAsJsonAsync($"/api/registration-journals/{s.School1}", new { pattern = "{seq}-Ш" })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<RegistrationEntry> RegisterAsync(Guid organizationId, Guid subject)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistrationService>()
            .RegisterAsync(organizationId, RegisteredDocumentKind.Agreement, subject, "Договор", CancellationToken.None);
    }

    private DateOnly LocalToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), Krasnoyarsk).DateTime);

    private static async Task<Guid> DriveToActiveAsync(NetworkScenario s)
    {
        var id = await s.DraftAgreementAsync();
        foreach (var (person, outcome) in new[]
        {
            ("coordinator", "submit"), ("legal", "approve"), ("director1", "accept"), ("director2", "accept"),
            ("director", "approve"), ("director1", "approve"), ("director2", "approve"),
        })
        {
            (await s.AnswerAsync(id, person, outcome)).StatusCode.Should().Be(HttpStatusCode.OK, $"{person} answers {outcome}");
        }

        foreach (var person in new[] { "director1", "director2", "director" })
        {
            (await s.SignAsync(id, person)).StatusCode.Should().Be(HttpStatusCode.OK, $"{person} signs");
        }

        (await s.StageAsync(id)).Should().Be("active");
        return id;
    }
}

public sealed class RegistrationJournalTestsOnSqlite(SqliteApp app) : RegistrationJournalTests(app), IClassFixture<SqliteApp>;

public sealed class RegistrationJournalTestsOnPostgres(PostgresApp app) : RegistrationJournalTests(app), IClassFixture<PostgresApp>;
