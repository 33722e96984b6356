using System.Text.Json.Nodes;
using AgreementFlow.Data.Mail;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Mail.Digests;

/// <summary>
/// Writes the daily digest rows: for each person who takes reminders as a digest and has pending tasks, once their
/// digest time has come on a working day of their organisation, one outbox row (the task list is read when it is sent).
/// </summary>
/// <remarks>
/// The digest goes at the person's own time, not held to the organisation's send window: they chose the hour (08:30 by
/// default, before the window opens). A day has one digest at most: the person's preference row remembers the date.
/// </remarks>
public sealed class DigestWriter(AgreementFlowDbContext db, IOrganizationTimeSource times, TimeProvider clock)
{
    /// <summary>Writes the digests that are due now; returns how many.</summary>
    public async Task<int> WriteDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.TaskAssignments.AsNoTracking()
            .Where(a => a.Status == AssignmentStatus.Open && a.AssigneePersonId != null)
            // People with an inbox: a partner's contact without an account gets each reminder with their link instead.
            .Where(a => db.People.Any(p => p.Id == a.AssigneePersonId && p.PasswordHash != null))
            .Select(a => new { PersonId = a.AssigneePersonId!.Value, a.OrganizationId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var byPerson = candidates.GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.Min(c => c.OrganizationId));
        if (byPerson.Count == 0)
        {
            return 0;
        }

        var personIds = byPerson.Keys.ToList();
        var preferences = await db.MailPreferences.Where(p => personIds.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, cancellationToken);
        var written = 0;
        foreach (var (personId, organizationId) in byPerson)
        {
            var preference = preferences.GetValueOrDefault(personId);
            if (preference is { ReminderDelivery: ReminderDelivery.Immediate } or { UnsubscribedNonEssential: true })
            {
                continue;
            }

            var time = await times.GetAsync(organizationId, cancellationToken);
            var local = time.Zone.ToLocal(new DateTimeOffset(now, TimeSpan.Zero));
            var today = DateOnly.FromDateTime(local);
            var digestTime = preference?.DigestTime ?? MailPreference.DefaultDigestTime;
            if (!time.Calendar.IsWorkingDay(today) || TimeOnly.FromDateTime(local) < digestTime || preference?.LastDigestDate >= today)
            {
                continue;
            }

            if (preference is null)
            {
                preference = new MailPreference { PersonId = personId };
                db.MailPreferences.Add(preference);
            }

            preference.LastDigestDate = today;
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)),
                Kind = "digest",
                RecipientPersonId = personId,
                Payload = new JsonObject { ["date"] = today.ToString("O", System.Globalization.CultureInfo.InvariantCulture) }.ToJsonString(),
                CreatedAtUtc = now,
                AvailableAtUtc = now,
            });
            written++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return written;
    }
}
