using System.Text.Json.Nodes;
using AgreementFlow.Data.PartnerAccess;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>
/// Adds a new link for a contact and its e-mail (an outbox row) to the pending changes, revoking the contact's earlier live links;
/// the caller commits (the coordinator's request, or the workflow step that gave the contact new work).
/// </summary>
public sealed class PartnerLinkIssuer(AgreementFlowDbContext db, PartnerLinkTokens tokens, IOptions<PartnerLinksOptions> options, TimeProvider clock)
{
    public async Task<PartnerLink> IssueAsync(
        PartnerContact contact, Guid instanceId, TaskAssignment? part, string? taskId, Guid byPersonId, string revokeReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var now = clock.GetUtcNow().UtcDateTime;
        var earlier = await db.PartnerLinks.Where(l => l.ContactId == contact.Id && l.RevokedAtUtc == null && l.ExpiresAtUtc > now).ToListAsync(cancellationToken);
        foreach (var old in earlier.Concat(db.PartnerLinks.Local.Where(l => l.ContactId == contact.Id && l.RevokedAtUtc == null)).Distinct())
        {
            old.RevokedAtUtc = now;
            old.RevokedByPersonId = byPersonId;
            old.RevokedReason = revokeReason;
        }

        var link = new PartnerLink
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            AgreementId = contact.AgreementId,
            ContactId = contact.Id,
            PersonId = contact.PersonId,
            OrganizationId = contact.OrganizationId,
            Actions = PartnerActions.Format(PartnerActions.ForTask(taskId)),
            AssignmentId = part?.Id,
            TokenHash = "",
            CreatedAtUtc = now,
            CreatedByPersonId = byPersonId,
            // Whole seconds: the token carries the expiry as Unix seconds.
            ExpiresAtUtc = DateTime.SpecifyKind(now.AddDays(options.Value.ValidDays).AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)), DateTimeKind.Utc),
        };
        link.TokenHash = PartnerLinkTokens.Hash(tokens.Create(link));
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Kind = PartnerAccessService.MailKind,
            InstanceId = instanceId,
            RecipientPersonId = contact.PersonId,
            Payload = new JsonObject { ["linkId"] = link.Id.ToString() }.ToJsonString(),
            Status = OutboxStatus.Pending,
            CreatedAtUtc = now,
            AvailableAtUtc = now,
        };
        link.OutboxMessageId = message.Id;
        db.PartnerLinks.Add(link);
        db.OutboxMessages.Add(message);
        return link;
    }
}
