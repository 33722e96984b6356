using System.Net;
using System.Net.Http.Json;
using AgreementFlow.Data.Mail;
using AgreementFlow.TestSupport;
using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Web.Tests.Api;
using AgreementFlow.Workflows.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>The pages of e-mail: a person's preferences, the admin outbox with retry, an organisation's send window, the agreement's e-mails.</summary>
public abstract class MailPagesTests(MailApp app)
{
    [Fact]
    public async Task APerson_SeesTheDefaults_SwitchesToImmediateAt0745_AndABadTimeChangesNothing()
    {
        var world = await MailWorld.CreateAsync(app);
        var coordinator = await world.Scenario.ClientAsync("coordinator");
        var page = await coordinator.GetStringAsync("/account/notifications");
        page.Should().Contain("value=\"digest\" checked").And.Contain("value=\"08:30\"", "the default is a digest at 08:30");

        var bad = await PageForms.PostAsync(coordinator, "/account/notifications", [F("Input.Delivery", "immediate"), F("Input.DigestTime", "25:99")]);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("Укажите время в виде ЧЧ:ММ");
        (await PreferenceAsync(world)).Should().BeNull("bad input changes nothing");

        var good = await PageForms.PostAsync(coordinator, "/account/notifications", [F("Input.Delivery", "immediate"), F("Input.DigestTime", "07:45"), F("Input.Unsubscribed", "true")]);
        good.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = (await PreferenceAsync(world))!;
        saved.ReminderDelivery.Should().Be(ReminderDelivery.Immediate);
        saved.DigestTime.Should().Be(new TimeOnly(7, 45));
        saved.UnsubscribedNonEssential.Should().BeTrue();
        (await coordinator.GetStringAsync("/account/notifications")).Should().Contain("value=\"immediate\" checked");
    }

    [Fact]
    public async Task AnAdministrator_SeesAFailedEmailWithTheServersAnswer_AndRetriesIt_OthersMayNot()
    {
        var world = await MailWorld.CreateAsync(app);
        var task = await world.Scenario.OpenTaskOfAsync(await world.Scenario.DraftAgreementAsync(), "coordinator");
        var rejected = await AuthorizationWorld.IdOfAsync(await world.Scenario.Admin.PostAsJsonAsync("/api/people", new
        {
            fullName = "Тест Отказ Страница", email = $"reject@{world.Scenario.Suffix}.pages.test", password = "Scenario-Pass-1",
            memberships = new[] { new { organizationId = world.Scenario.Centre, role = "legal" } },
        }));
        var id = (await world.QueueAsync("task-assigned", task, rejected)).Single();
        await world.DispatchAsync();

        var admin = await app.SignInAsAdminAsync();
        var failed = await admin.GetStringAsync("/admin/outbox?status=failed");
        failed.Should().Contain($"reject@{world.Scenario.Suffix}.pages.test").And.Contain("550").And.Contain("Повторить");

        var retry = await PageForms.PostAsync(admin, "/admin/outbox?status=failed", [F("id", id.ToString())], "/admin/outbox?handler=Retry");
        retry.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using (var db = app.CreateDbContext())
        {
            (await db.OutboxMessages.SingleAsync(m => m.Id == id)).Status.Should().Be(OutboxStatus.Pending, "a retried e-mail is queued again");
        }

        var again = await PageForms.PostAsync(admin, "/admin/outbox", [F("id", id.ToString())], "/admin/outbox?handler=Retry");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict, "only a failed e-mail can be retried");

        var coordinator = await world.Scenario.ClientAsync("coordinator");
        (await coordinator.GetAsync("/admin/outbox")).StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await admin.GetAsync("/admin/outbox?status=nonsense")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnAdministrator_SetsAnOrganisationsSendWindow_AndAnEndBeforeTheStartIsRefused()
    {
        var world = await MailWorld.CreateAsync(app);
        var admin = await app.SignInAsAdminAsync();
        var url = $"/admin/organizations/{world.Scenario.School1}/send-window";
        (await admin.GetStringAsync(url)).Should().Contain("value=\"09:00\"").And.Contain("value=\"18:00\"").And.Contain("Asia/Krasnoyarsk");

        var bad = await PageForms.PostAsync(admin, url, [F("Input.From", "17:00"), F("Input.To", "08:00"), F("Input.Enabled", "true")]);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("Окно должно заканчиваться позже");

        var good = await PageForms.PostAsync(admin, url, [F("Input.From", "08:00"), F("Input.To", "17:00")]);
        good.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = app.CreateDbContext();
        var window = await db.SendWindows.SingleAsync(w => w.OrganizationId == world.Scenario.School1);
        window.Should().BeEquivalentTo(new { From = new TimeOnly(8, 0), To = new TimeOnly(17, 0), Enabled = false });
        (await admin.GetAsync($"/admin/organizations/{Guid.NewGuid()}/send-window")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheAgreementPage_ShowsTheEmailsSentAboutIt_ToWhomWhenWhat()
    {
        var world = await MailWorld.CreateAsync(app);
        var agreement = await world.Scenario.DraftAgreementAsync();
        await world.DispatchAsync();
        var coordinator = await world.Scenario.ClientAsync("coordinator");

        var page = await coordinator.GetStringAsync($"/agreements/{agreement}");
        var subject = (await world.ReceivedByAsync("coordinator")).Single().Subject;
        page.Should().Contain("Письма по договору").And.Contain(subject[..20])
            .And.Contain("кому: Тест coordinator").And.Contain(world.Scenario.Email("coordinator"));
    }

    private async Task<MailPreference?> PreferenceAsync(MailWorld world)
    {
        await using var db = app.CreateDbContext();
        var id = world.Scenario.PersonId("coordinator");
        return await db.MailPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == id);
    }

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);
}

public sealed class MailPagesTestsOnSqlite(SqliteMailApp app) : MailPagesTests(app), IClassFixture<SqliteMailApp>;

public sealed class MailPagesTestsOnPostgres(PostgresMailApp app) : MailPagesTests(app), IClassFixture<PostgresMailApp>;
