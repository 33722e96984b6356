using AgreementFlow.Workflows.Runtime.Idempotency;
using AgreementFlow.Workflows.Runtime.Incidents;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AgreementFlow.Workflows.Runtime.Persistence;

/// <summary>The tables the engine keeps, in the application's one database and one model.</summary>
/// <remarks>The application's context implements this and applies <see cref="WorkflowModel.Apply"/>; a step is one of its transactions.</remarks>
public interface IWorkflowDbContext
{
    DbSet<WorkflowInstance> WorkflowInstances { get; }

    DbSet<WorkflowParty> WorkflowParties { get; }

    DbSet<HumanTask> HumanTasks { get; }

    DbSet<TaskAssignment> TaskAssignments { get; }

    DbSet<WorkflowTimer> WorkflowTimers { get; }

    DbSet<JournalEntry> JournalEntries { get; }

    DbSet<Incident> Incidents { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DatabaseFacade Database { get; }

    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
