using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>
/// When a step gives a partner with a named contact new work (the next round's review, the approval, the signature), the new
/// part goes to the contact and they get a new link for it (scoped to that work, revoking the previous one), in the step's
/// transaction. The usual task-assigned e-mail is replaced by the link's.
/// </summary>
/// <remarks>
/// The part is created for the contact rather than handed over afterwards: it records the person the route chose as
/// <see cref="TaskAssignment.DelegatedByPersonId"/>. Steps that open no part cost nothing (the tracked changes are looked at,
/// the database is not).
/// </remarks>
internal sealed class PartnerWorkObserver(AgreementFlowDbContext db, PartnerLinkIssuer issuer) : IWorkflowStepObserver
{
    public async Task OnStepAsync(WorkflowInstance instance, StepSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.SubjectKind is not (SubjectKind.Agreement or SubjectKind.Amendment))
        {
            return;
        }

        var opened = db.ChangeTracker.Entries<TaskAssignment>()
            .Where(e => e.State == EntityState.Added && e.Entity.InstanceId == instance.Id && e.Entity.Status is AssignmentStatus.Open or AssignmentStatus.Waiting)
            .Select(e => e.Entity)
            .ToList();
        if (opened.Count == 0)
        {
            return;
        }

        var contacts = await db.PartnerContacts.Where(c => c.AgreementId == instance.SubjectId).ToListAsync(cancellationToken);
        foreach (var contact in contacts)
        {
            var part = opened.Where(a => a.OrganizationId == contact.OrganizationId)
                .OrderBy(a => a.Status == AssignmentStatus.Open ? 0 : 1).ThenBy(a => a.Sequence)
                .FirstOrDefault();
            if (part is null)
            {
                continue;
            }

            if (part.AssigneePersonId != contact.PersonId)
            {
                part.DelegatedByPersonId = part.AssigneePersonId;
                part.ActingForPersonId = null;
                part.AssigneePersonId = contact.PersonId;
            }

            foreach (var message in db.OutboxMessages.Local.Where(m => m.AssignmentId == part.Id && m.Kind == "task-assigned" && m.Status == OutboxStatus.Pending))
            {
                message.Status = OutboxStatus.Skipped;
                message.LastResponse = "Replaced by the partner's link e-mail.";
            }

            var taskId = part.HumanTask?.TaskId
                ?? db.HumanTasks.Local.FirstOrDefault(t => t.Id == part.HumanTaskId)?.TaskId;
            await issuer.IssueAsync(contact, instance.Id, part, taskId, contact.UpdatedByPersonId, "new-work", cancellationToken);
        }
    }
}
