using System.Text.Json.Nodes;
using AgreementFlow.Data.Mail;
using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Web.Mail.Delivery;
using AgreementFlow.Web.Mail.Digests;
using AgreementFlow.Web.Tests.Workflows;
using AgreementFlow.Workflows.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>The network scenario (a Krasnoyarsk centre, its schools) on an app that sends to a real SMTP server.</summary>
public sealed class MailWorld
{
    private MailWorld(MailApp app, NetworkScenario scenario)
    {
        App = app;
        Scenario = scenario;
    }

    public MailApp App { get; }

    public NetworkScenario Scenario { get; }

    public static async Task<MailWorld> CreateAsync(MailApp app) => new(app, await NetworkScenario.CreateAsync(app));

    /// <summary>Runs the dispatcher as its Quartz job would, once.</summary>
    public async Task<DispatchReport> DispatchAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(100, CancellationToken.None);
    }

    public async Task<int> WriteDigestsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestWriter>().WriteDueAsync(CancellationToken.None);
    }

    /// <summary>The messages the server received for this scenario's people.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> ReceivedAsync() =>
        [.. (await App.Smtp.MessagesAsync()).Where(m => m.To.Contains(Scenario.Suffix, StringComparison.Ordinal))];

    public async Task<IReadOnlyList<ReceivedMail>> ReceivedByAsync(string personKey) =>
        [.. (await App.Smtp.MessagesAsync()).Where(m => m.To.Contains(Scenario.Email(personKey), StringComparison.OrdinalIgnoreCase))];

    public async Task SetDeliveryAsync(string personKey, ReminderDelivery delivery)
    {
        await using var db = App.CreateDbContext();
        var id = Scenario.PersonId(personKey);
        var preference = await db.MailPreferences.SingleOrDefaultAsync(p => p.PersonId == id);
        if (preference is null)
        {
            db.MailPreferences.Add(new MailPreference { PersonId = id, ReminderDelivery = delivery });
        }
        else
        {
            preference.ReminderDelivery = delivery;
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Moves the clock forward to the next <paramref name="hour"/>:<paramref name="minute"/> of a Monday–Friday in <paramref name="zoneId"/>.</summary>
    public void AdvanceToLocal(int hour, int minute, string zoneId = "Asia/Krasnoyarsk")
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var now = App.Clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var target = new DateTimeOffset(local.Date.AddHours(hour).AddMinutes(minute), local.Offset);
        while (target <= now || target.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            target = target.AddDays(1);
        }

        App.Clock.Advance(target - now);
    }

    /// <summary>Queues <paramref name="count"/> copies of a message as the engine would write them.</summary>
    public async Task<List<Guid>> QueueAsync(string kind, Guid assignmentId, Guid recipient, int count = 1, JsonObject? payload = null)
    {
        await using var db = App.CreateDbContext();
        var instanceId = await db.TaskAssignments.Where(a => a.Id == assignmentId).Select(a => a.InstanceId).SingleAsync();
        var now = App.Clock.GetUtcNow().UtcDateTime;
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = id,
                Kind = kind,
                InstanceId = instanceId,
                AssignmentId = assignmentId,
                RecipientPersonId = recipient,
                Payload = (payload?.DeepClone() ?? new JsonObject { ["copy"] = i }).ToJsonString(),
                CreatedAtUtc = now,
                AvailableAtUtc = now,
            });
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
