using AgreementFlow.Data.Mail;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>What a batch of messages needs about its recipients and tasks, read in a few queries instead of per message.</summary>
internal sealed class BatchContext
{
    public required Dictionary<Guid, PersonFacts> People { get; init; }

    public required Dictionary<Guid, MailPreference> Preferences { get; init; }

    public required Dictionary<Guid, Guid?> OrganizationOf { get; init; }

    public required Dictionary<Guid, AssignmentFacts> Assignments { get; init; }

    public required Dictionary<Guid, SendWindow> Windows { get; init; }

    public static async Task<BatchContext> LoadAsync(AgreementFlowDbContext db, IReadOnlyList<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        var personIds = rows.Select(r => r.RecipientPersonId).OfType<Guid>().Distinct().ToList();
        var assignmentIds = rows.Select(r => r.AssignmentId).OfType<Guid>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new PersonFacts(p.FullName, p.Email, p.PreferredLanguage, p.PasswordHash != null), cancellationToken);
        var preferences = await db.MailPreferences.AsNoTracking().Where(p => personIds.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, cancellationToken);
        var memberships = await db.Memberships.AsNoTracking().Where(m => personIds.Contains(m.PersonId))
            .OrderBy(m => m.Id).Select(m => new { m.PersonId, m.OrganizationId }).ToListAsync(cancellationToken);
        var assignments = await db.TaskAssignments.AsNoTracking().Where(a => assignmentIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new AssignmentFacts(a.Status, a.OrganizationId, a.AssigneePersonId), cancellationToken);
        var organizationIds = memberships.Select(m => m.OrganizationId).Concat(assignments.Values.Select(a => a.OrganizationId)).Distinct().ToList();
        var windows = await db.SendWindows.AsNoTracking().Where(w => organizationIds.Contains(w.OrganizationId)).ToDictionaryAsync(w => w.OrganizationId, cancellationToken);
        return new BatchContext
        {
            People = people,
            Preferences = preferences,
            OrganizationOf = memberships.GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => (Guid?)g.First().OrganizationId),
            Assignments = assignments,
            Windows = windows,
        };
    }

    /// <summary>A recipient; <paramref name="CanSignIn"/> is false for a partner's contact who opens agreements by links only (no inbox, so no digest).</summary>
    internal sealed record PersonFacts(string FullName, string Email, string PreferredLanguage, bool CanSignIn);

    internal sealed record AssignmentFacts(AssignmentStatus Status, Guid OrganizationId, Guid? AssigneePersonId);
}
