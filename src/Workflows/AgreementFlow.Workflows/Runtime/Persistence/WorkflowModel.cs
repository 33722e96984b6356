using AgreementFlow.Workflows.Runtime.Idempotency;
using AgreementFlow.Workflows.Runtime.Incidents;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Runtime.Persistence;

/// <summary>The engine's part of the EF model: tables, keys, indexes. Provider-neutral.</summary>
public static class WorkflowModel
{
    /// <summary>Adds the engine's tables to <paramref name="modelBuilder"/>.</summary>
    public static void Apply(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<WorkflowInstance>(b =>
        {
            b.ToTable("WorkflowInstances");
            b.Property(i => i.Id).ValueGeneratedNever();
            b.Property(i => i.DefinitionId).HasMaxLength(64);
            b.Property(i => i.SubjectKind).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.Stage).HasMaxLength(64);
            b.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.Revision).IsConcurrencyToken();
            b.Property(i => i.JournalHead).HasMaxLength(64);
            b.HasMany(i => i.Parties).WithOne().HasForeignKey(p => p.InstanceId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(i => new { i.SubjectKind, i.SubjectId });
            b.HasIndex(i => new { i.DefinitionId, i.DefinitionVersion, i.Stage });
        });

        modelBuilder.Entity<WorkflowParty>(b =>
        {
            b.ToTable("WorkflowParties");
            b.Property(p => p.Id).ValueGeneratedNever();
            b.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(p => new { p.InstanceId, p.OrganizationId, p.Role }).IsUnique();
            b.HasIndex(p => p.OrganizationId);
        });

        modelBuilder.Entity<HumanTask>(b =>
        {
            b.ToTable("HumanTasks");
            b.Property(t => t.Id).ValueGeneratedNever();
            b.Property(t => t.Stage).HasMaxLength(64);
            b.Property(t => t.TaskId).HasMaxLength(64);
            b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(t => t.Outcome).HasMaxLength(64);
            b.HasMany(t => t.Assignments).WithOne(a => a.HumanTask).HasForeignKey(a => a.HumanTaskId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(t => new { t.InstanceId, t.Status });
        });

        modelBuilder.Entity<TaskAssignment>(b =>
        {
            b.ToTable("TaskAssignments");
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.Role).HasMaxLength(32);
            // A second guard besides the instance revision: an answer only lands on the status it read.
            b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
            b.Property(a => a.Outcome).HasMaxLength(64);
            b.Property(a => a.Comment).HasMaxLength(4000);
            b.HasIndex(a => new { a.AssigneePersonId, a.Status, a.DueAtUtc });
            b.HasIndex(a => new { a.InstanceId, a.Status });
            b.HasIndex(a => new { a.OrganizationId, a.Status, a.DueAtUtc });
        });

        modelBuilder.Entity<WorkflowTimer>(b =>
        {
            b.ToTable("WorkflowTimers");
            b.Property(t => t.Id).ValueGeneratedNever();
            b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(t => t.Stage).HasMaxLength(64);
            b.Property(t => t.Key).HasMaxLength(64);
            // The status is the timer's own concurrency token: of two nodes firing one timer, one commits.
            b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
            b.Property(t => t.ClaimedBy).HasMaxLength(100);
            b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
            // Pending rows only, one index per kind of take (see TimerIndexes). No other index holds the status, so
            // firing a timer takes it out of one small index and rewrites no other.
            b.HasIndex(t => t.DueAtUtc, TimerIndexes.RemindersName).HasFilter(TimerIndexes.RemindersFilter);
            b.HasIndex(t => t.DueAtUtc, TimerIndexes.StepsName).HasFilter(TimerIndexes.StepsFilter);
            b.HasIndex(t => t.InstanceId);
            b.HasIndex(t => t.AssignmentId);
        });

        modelBuilder.Entity<JournalEntry>(b =>
        {
            b.ToTable("JournalEntries");
            b.Property(j => j.Id).ValueGeneratedNever();
            b.Property(j => j.Kind).HasConversion<string>().HasMaxLength(32);
            b.Property(j => j.FromStage).HasMaxLength(64);
            b.Property(j => j.ToStage).HasMaxLength(64);
            b.Property(j => j.TaskId).HasMaxLength(64);
            b.Property(j => j.Outcome).HasMaxLength(64);
            b.Property(j => j.Comment).HasMaxLength(4000);
            b.Property(j => j.PreviousHash).HasMaxLength(64);
            b.Property(j => j.Hash).HasMaxLength(64);
            b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(j => j.InstanceId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(j => new { j.InstanceId, j.Sequence }).IsUnique();
        });

        modelBuilder.Entity<Incident>(b =>
        {
            b.ToTable("Incidents");
            b.Property(i => i.Id).ValueGeneratedNever();
            b.Property(i => i.Stage).HasMaxLength(64);
            b.Property(i => i.Source).HasMaxLength(64);
            b.Property(i => i.Message).HasMaxLength(2000);
            b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(i => i.InstanceId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(i => new { i.InstanceId, i.ResolvedAtUtc });
            b.HasIndex(i => i.ResolvedAtUtc);
        });

        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("OutboxMessages");
            b.Property(m => m.Id).ValueGeneratedNever();
            b.Property(m => m.Kind).HasMaxLength(64);
            b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(m => m.LastError).HasMaxLength(2000);
            b.Property(m => m.LastResponse).HasMaxLength(2000);
            b.Property(m => m.RecipientAddress).HasMaxLength(254);
            b.Property(m => m.Subject).HasMaxLength(500);
            b.Property(m => m.ClaimedBy).HasMaxLength(100);
            b.HasIndex(m => new { m.Status, m.AvailableAtUtc });
            b.HasIndex(m => m.InstanceId);
            b.HasIndex(m => new { m.AssignmentId, m.Kind });
        });

        modelBuilder.Entity<IdempotencyRecord>(b =>
        {
            b.ToTable("IdempotencyRecords");
            b.HasKey(r => new { r.PersonId, r.Key });
            b.Property(r => r.Key).HasMaxLength(100);
            b.Property(r => r.RequestHash).HasMaxLength(64);
        });
    }
}
