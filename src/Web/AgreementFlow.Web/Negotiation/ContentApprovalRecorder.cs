using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Negotiation;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Negotiation;

/// <summary>
/// Binds every approval to the content it was given to: when a step completes an approval-type answer on an agreement
/// (<see cref="ApprovalOutcomes"/>), a <see cref="ContentApproval"/> row with the latest document version and its DOCX SHA-256
/// is written in the step's transaction.
/// </summary>
internal sealed class ContentApprovalRecorder(AgreementFlowDbContext db) : IWorkflowStepObserver
{
    public async Task OnStepAsync(WorkflowInstance instance, StepSummary summary, CancellationToken cancellationToken)
    {
        if (instance.SubjectKind is not (SubjectKind.Agreement or SubjectKind.Amendment))
        {
            return;
        }

        var answered = db.ChangeTracker.Entries<TaskAssignment>()
            .Where(e => e.State == EntityState.Modified && e.Entity.InstanceId == instance.Id && e.Entity.Status == AssignmentStatus.Completed
                && e.Property(a => a.Status).OriginalValue != AssignmentStatus.Completed && e.Entity.CompletedByPersonId is not null)
            .Select(e => e.Entity)
            .ToList();
        if (answered.Count == 0)
        {
            return;
        }

        // Only the version and its hash: the document's DOCX, HTML and data snapshot stay in the database.
        LatestContent? latest = null;
        foreach (var assignment in answered)
        {
            var task = assignment.HumanTask
                ?? db.HumanTasks.Local.FirstOrDefault(t => t.Id == assignment.HumanTaskId)
                ?? await db.HumanTasks.AsNoTracking().SingleAsync(t => t.Id == assignment.HumanTaskId, cancellationToken);
            if (!ApprovalOutcomes.Approves(task.TaskId, assignment.Outcome))
            {
                continue;
            }

            latest ??= await db.Set<AgreementDocument>().AsNoTracking().Where(d => d.AgreementId == instance.SubjectId)
                .OrderByDescending(d => d.Version).Select(d => new LatestContent(d.Version, d.DocxSha256)).FirstOrDefaultAsync(cancellationToken);
            if (latest is null)
            {
                // No text yet (an agreement from before documents): nothing to bind to.
                continue;
            }

            // A reissued task answered again: the row now binds the new answer (the journal keeps the voided one).
            var row = await db.Set<ContentApproval>().SingleOrDefaultAsync(a => a.AssignmentId == assignment.Id, cancellationToken);
            if (row is null)
            {
                row = new ContentApproval
                {
                    AssignmentId = assignment.Id,
                    AgreementId = instance.SubjectId,
                    InstanceId = instance.Id,
                    Stage = task.Stage,
                    TaskId = task.TaskId,
                    Outcome = assignment.Outcome!,
                    DocxSha256 = latest.DocxSha256,
                };
                db.Add(row);
            }

            row.Outcome = assignment.Outcome!;
            row.PersonId = assignment.CompletedByPersonId!.Value;
            row.OrganizationId = assignment.OrganizationId;
            row.DocumentVersion = latest.Version;
            row.DocxSha256 = latest.DocxSha256;
            row.ApprovedAtUtc = assignment.CompletedAtUtc ?? instance.UpdatedAtUtc;
            row.VoidedAtUtc = null;
            row.VoidedByVersion = null;
        }
    }

    private sealed record LatestContent(int Version, string DocxSha256);
}
