using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Archive;
using AgreementFlow.Data.Calendars;
using AgreementFlow.Data.CreditTransfers;
using AgreementFlow.Data.Mail;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.PartnerAccess;
using AgreementFlow.Data.Privacy;
using AgreementFlow.Data.Registration;
using AgreementFlow.Workflows.Calendars;
using AgreementFlow.Workflows.Runtime.Idempotency;
using AgreementFlow.Workflows.Runtime.Incidents;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Persistence;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Data.Persistence;

/// <summary>
/// The one EF Core model of AgreementFlow, the same on SQLite and PostgreSQL. Its schema is built by the
/// hand-written migrations in <c>Migrations/</c>; a test holds the two equal on both databases.
/// </summary>
public sealed class AgreementFlowDbContext(DbContextOptions<AgreementFlowDbContext> options) : DbContext(options), IWorkflowDbContext
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Absence> Absences => Set<Absence>();

    public DbSet<EducationProgram> Programs => Set<EducationProgram>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementParty> AgreementParties => Set<AgreementParty>();

    public DbSet<AgreementProgram> AgreementPrograms => Set<AgreementProgram>();

    public DbSet<AgreementBatch> AgreementBatches => Set<AgreementBatch>();

    /// <summary>The board's counts by organisation and stage, kept by every save (<see cref="AgreementStageCounter"/>).</summary>
    public DbSet<AgreementStageCount> AgreementStageCounts => Set<AgreementStageCount>();

    public DbSet<AgreementBatchItem> AgreementBatchItems => Set<AgreementBatchItem>();

    public DbSet<CreditTransfer> CreditTransfers => Set<CreditTransfer>();

    public DbSet<CreditTransferStudent> CreditTransferStudents => Set<CreditTransferStudent>();

    public DbSet<CreditTransferDocument> CreditTransferDocuments => Set<CreditTransferDocument>();

    public DbSet<PersonalDataAccess> PersonalDataAccesses => Set<PersonalDataAccess>();

    public DbSet<RegistrationJournal> RegistrationJournals => Set<RegistrationJournal>();

    public DbSet<RegistrationEntry> RegistrationEntries => Set<RegistrationEntry>();

    public DbSet<ArchiveRecord> ArchiveRecords => Set<ArchiveRecord>();

    public DbSet<ArchiveFile> ArchiveFiles => Set<ArchiveFile>();

    public DbSet<DestructionAct> DestructionActs => Set<DestructionAct>();

    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();

    public DbSet<WorkflowParty> WorkflowParties => Set<WorkflowParty>();

    public DbSet<HumanTask> HumanTasks => Set<HumanTask>();

    public DbSet<TaskAssignment> TaskAssignments => Set<TaskAssignment>();

    public DbSet<WorkflowTimer> WorkflowTimers => Set<WorkflowTimer>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<MailPreference> MailPreferences => Set<MailPreference>();

    public DbSet<SendWindow> SendWindows => Set<SendWindow>();

    public DbSet<Signing.SigningMethodChoice> SigningMethodChoices => Set<Signing.SigningMethodChoice>();

    public DbSet<Signing.SigningCode> SigningCodes => Set<Signing.SigningCode>();

    public DbSet<Signing.Signature> Signatures => Set<Signing.Signature>();

    public DbSet<Signing.SigningFile> SigningFiles => Set<Signing.SigningFile>();
    public DbSet<PartnerContact> PartnerContacts => Set<PartnerContact>();

    public DbSet<PartnerLink> PartnerLinks => Set<PartnerLink>();

    /// <summary>Saves, and in the same transaction moves the board's counts by stage for the agreements it creates, moves or deletes.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var counts = await AgreementStageCounter.CollectAsync(this, cancellationToken);
        if (counts.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The counts go last, so the rows every step of an organisation updates stay locked only until the commit. The
        // tracked rows are marked saved only once the counts are written too: if the upsert fails, the transaction rolls
        // back and the context still holds every change, as a failed save of its own would leave it.
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        await AgreementStageCounter.ApplyAsync(this, counts, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) => SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC everywhere; SQLite hands them back unspecified and PostgreSQL refuses local ones.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();

        // Enums are stored by name: readable in SQL on both databases, stable when members are reordered.
        configurationBuilder.Properties<OrganizationKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OrganizationRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ProgramFocus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ProgramLevel>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CalendarDayKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AgreementKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<BatchStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ApplicantKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CreditDecision>().HaveConversion<string>().HaveMaxLength(16);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AgreementFlowDbContext).Assembly);
        WorkflowModel.Apply(modelBuilder);
    }
}
