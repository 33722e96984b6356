using AgreementFlow.Workflows.Runtime.Idempotency;
using AgreementFlow.Workflows.Runtime.Incidents;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Persistence;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Tests.Runtime;

/// <summary>Only the engine's tables, on an in-memory SQLite connection the test keeps open.</summary>
internal sealed class GuardTestDbContext(DbContextOptions<GuardTestDbContext> options) : DbContext(options), IWorkflowDbContext
{
    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();

    public DbSet<WorkflowParty> WorkflowParties => Set<WorkflowParty>();

    public DbSet<HumanTask> HumanTasks => Set<HumanTask>();

    public DbSet<TaskAssignment> TaskAssignments => Set<TaskAssignment>();

    public DbSet<WorkflowTimer> WorkflowTimers => Set<WorkflowTimer>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => WorkflowModel.Apply(modelBuilder);
}
