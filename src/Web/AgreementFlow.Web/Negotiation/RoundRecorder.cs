using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Negotiation;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Instances;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Negotiation;

/// <summary>Records a round in the step that sends an agreement to its partners or returns it to the base.</summary>
internal sealed class RoundRecorder(AgreementFlowDbContext db, TimeProvider clock) : IWorkflowStepObserver
{
    public async Task OnStepAsync(WorkflowInstance instance, StepSummary summary, CancellationToken cancellationToken)
    {
        var kind = (summary.FromStage, summary.ToStage) switch
        {
            ("legal-review", "negotiation") => NegotiationRound.SentToPartner,
            ("negotiation", "legal-review") => NegotiationRound.ReturnedToBase,
            _ => null,
        };
        if (kind is null || instance.SubjectKind is not (SubjectKind.Agreement or SubjectKind.Amendment))
        {
            return;
        }

        var version = await db.Set<AgreementDocument>().Where(d => d.AgreementId == instance.SubjectId).MaxAsync(d => (int?)d.Version, cancellationToken);
        db.Add(new NegotiationRound
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            AgreementId = instance.SubjectId,
            InstanceId = instance.Id,
            Kind = kind,
            AtUtc = instance.UpdatedAtUtc,
            JournalSequence = instance.JournalLength,
            VersionBefore = version,
            ActorPersonId = db.ChangeTracker.Entries<AgreementFlow.Workflows.Runtime.Tasks.TaskAssignment>()
                .Where(e => e.State == EntityState.Modified && e.Entity.InstanceId == instance.Id && e.Entity.CompletedByPersonId is not null)
                .Select(e => e.Entity.CompletedByPersonId).FirstOrDefault(),
        });
    }
}
