using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Workflows;

public abstract class IncidentTests(AgreementFlowApp app)
{
    [Fact]
    public async Task AFailingAction_BecomesAnIncident_TheStepStands_AndAnAdminRetriesIt()
    {
        var s = await NetworkScenario.CreateAsync(app);
        var id = await AgreementLifecycleTests.ActivateAsync(s);
        var instanceId = (await s.AgreementAsync(id)).GetProperty("workflowInstanceId").GetGuid();

        // The centre loses its coordinator: the "term ends in 60 days" notice has nobody to go to.
        await using (var db = app.CreateDbContext())
        {
            await db.Memberships.Where(m => m.PersonId == s.PersonId("coordinator")).ExecuteDeleteAsync();
        }

        app.Clock.SetUtcNow(new DateTimeOffset(2027, 5, 2, 3, 0, 0, TimeSpan.Zero));
        await app.RunDueTimersAsync();
        await s.RenewSessionsAsync();

        var incidents = await s.Admin.GetFromJsonAsync<JsonElement[]>("/api/incidents");
        var incident = incidents!.Single(i => i.GetProperty("instanceId").GetGuid() == instanceId);
        incident.GetProperty("message").GetString().Should().Contain("notify");
        (await s.StageAsync(id)).Should().Be("active", "a failed notice does not undo the agreement");
        (await s.AgreementAsync(id)).GetProperty("incidents").GetArrayLength().Should().Be(1, "admins see it on the agreement");

        var director = await s.ClientAsync("director");
        (await director.PostAsync($"/api/incidents/{incident.GetProperty("id").GetGuid()}/retry", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        await using (var db = app.CreateDbContext())
        {
            db.Memberships.Add(new AgreementFlow.Data.Organizations.Membership
            {
                Id = Guid.NewGuid(), PersonId = s.PersonId("coordinator"), OrganizationId = s.Centre, Role = AgreementFlow.Data.Organizations.OrganizationRole.Coordinator,
            });
            await db.SaveChangesAsync();
        }

        (await s.Admin.PostAsync($"/api/incidents/{incident.GetProperty("id").GetGuid()}/retry", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.Admin.GetFromJsonAsync<JsonElement[]>("/api/incidents"))!.Should().NotContain(i => i.GetProperty("instanceId").GetGuid() == instanceId);
        await using (var db = app.CreateDbContext())
        {
            (await db.OutboxMessages.CountAsync(m => m.InstanceId == instanceId && m.Kind == "agreement-expiring" && m.RecipientPersonId == s.PersonId("coordinator")))
                .Should().BeGreaterThanOrEqualTo(1);
        }
    }
}

public sealed class IncidentTestsOnSqlite(SqliteApp app) : IncidentTests(app), IClassFixture<SqliteApp>;

public sealed class IncidentTestsOnPostgres(PostgresApp app) : IncidentTests(app), IClassFixture<PostgresApp>;
