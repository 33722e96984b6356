using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.TestSupport;

namespace AgreementFlow.Web.Tests.Api;

public abstract class CalendarApiTests(AgreementFlowApp app)
{
    [Fact]
    public async Task TheBuiltInFederal2026Calendar_IsServedAsData()
    {
        var client = await app.SignInAsAdminAsync();

        var year = await client.GetFromJsonAsync<JsonElement>("/api/calendar/RU/2026");

        year.GetProperty("workingDays").GetInt32().Should().Be(247);
        var days = year.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("kind").GetString());
        days["2026-05-08"].Should().Be("shortened");
        days["2026-05-11"].Should().Be("nonWorking");
    }

    [Fact]
    public async Task ARegionsOwnDays_LieOverTheFederalOnes_AndChangeItsWorkingDayCount()
    {
        var admin = await app.SignInAsAdminAsync();

        var response = await admin.PutAsJsonAsync("/api/calendar/18/2026", new
        {
            days = new[] { new { date = "2026-06-12", kind = "nonWorking", note = "День России" }, new { date = "2026-09-14", kind = "nonWorking", note = "Региональный праздник" } },
        });

        response.EnsureSuccessStatusCode();
        var year = await response.Content.ReadFromJsonAsync<JsonElement>();
        year.GetProperty("workingDays").GetInt32().Should().Be(246, "one more weekday off than the federal 247");
        year.GetProperty("inheritedDays").EnumerateArray().Should().NotBeEmpty();
    }
}

public sealed class CalendarApiTestsOnSqlite(SqliteApp app) : CalendarApiTests(app), IClassFixture<SqliteApp>;

public sealed class CalendarApiTestsOnPostgres(PostgresApp app) : CalendarApiTests(app), IClassFixture<PostgresApp>;
