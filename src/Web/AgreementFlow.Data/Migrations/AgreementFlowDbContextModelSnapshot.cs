using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AgreementFlow.Data.Migrations;

/// <summary>
/// The model as the migrations leave it, written by hand in the form EF's tools would write it.
/// </summary>
/// <remarks>
/// EF compares this with the live model: a model change without a migration and an update here makes
/// <c>HasPendingModelChanges()</c> true and <c>Migrate()</c> refuse to run, and a test says so.
/// Column types are left to each provider, as in the migrations.
/// </remarks>
[DbContext(typeof(AgreementFlowDbContext))]
internal sealed class AgreementFlowDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");

        modelBuilder.Entity("AgreementFlow.Data.Archive.ArchiveFile", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateTime?>("CheckedAtUtc");
            b.Property<string>("ContentType").IsRequired().HasMaxLength(100);
            b.Property<string>("Integrity").IsRequired().HasMaxLength(16);
            b.Property<long>("Length");
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<Guid>("RecordId");
            b.Property<string>("Role").IsRequired().HasMaxLength(32);
            b.Property<string>("Sha256").IsRequired().HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("CheckedAtUtc");
            b.HasIndex("RecordId");
            b.HasIndex("Sha256");
            b.ToTable("ArchiveFiles");
        });

        modelBuilder.Entity("AgreementFlow.Data.Archive.ArchiveRecord", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateTime>("ArchivedAtUtc");
            b.Property<Guid>("BaseOrganizationId");
            b.Property<DateTime?>("DestroyedAtUtc");
            b.Property<string>("EndedAs").IsRequired().HasMaxLength(32);
            b.Property<Guid>("InstanceId");
            b.Property<string>("Kind").IsRequired().HasMaxLength(32);
            b.Property<string>("Number").HasMaxLength(100);
            b.Property<string>("Parties").IsRequired().HasMaxLength(2000);
            b.Property<string>("Programs").IsRequired().HasMaxLength(2000);
            b.Property<DateOnly>("RetentionEndsOn");
            b.Property<string>("SearchText").IsRequired().HasMaxLength(6000);
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.Property<Guid>("SubjectId");
            b.Property<DateOnly>("TermFrom");
            b.Property<DateOnly>("TermTo");
            b.Property<string>("Title").IsRequired().HasMaxLength(300);
            b.Property<int>("Year");
            b.HasKey("Id");
            b.HasIndex("RetentionEndsOn");
            b.HasIndex("SubjectId").IsUnique();
            b.ToTable("ArchiveRecords");
        });

        modelBuilder.Entity("AgreementFlow.Data.Archive.DestructionAct", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateTime>("DestroyedAtUtc");
            b.Property<string>("DestroyedByName").IsRequired().HasMaxLength(200);
            b.Property<Guid>("DestroyedByPersonId");
            b.Property<string>("Files").IsRequired();
            b.Property<string>("Kind").IsRequired().HasMaxLength(32);
            b.Property<string>("Number").HasMaxLength(100);
            b.Property<Guid>("RecordId");
            b.Property<DateOnly>("RetentionEndsOn");
            b.Property<string>("Title").IsRequired().HasMaxLength(300);
            b.HasKey("Id");
            b.HasIndex("RecordId").IsUnique();
            b.ToTable("DestructionActs");
        });

        modelBuilder.Entity("AgreementFlow.Data.Documents.AgreementDocument", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("AgreementId");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<Guid?>("CreatedByPersonId");
            b.Property<string>("DataSnapshot").IsRequired();
            b.Property<byte[]>("Docx").IsRequired();
            b.Property<string>("DocxSha256").IsRequired().HasMaxLength(64);
            b.Property<string>("Html").IsRequired();
            b.Property<string>("HtmlSha256").IsRequired().HasMaxLength(64);
            b.Property<byte[]>("Pdf");
            b.Property<string>("PdfError").HasMaxLength(2000);
            b.Property<string>("PdfSha256").HasMaxLength(64);
            b.Property<string>("PdfStatus").IsRequired().HasMaxLength(16);
            b.Property<string>("Reason").IsRequired().HasMaxLength(200);
            b.Property<string>("Rendered").IsRequired();
            b.Property<Guid>("TemplateVersionId");
            b.Property<int>("Version");
            b.HasKey("Id");
            b.HasIndex("PdfStatus");
            b.HasIndex("TemplateVersionId");
            b.HasIndex("AgreementId", "Version").IsUnique();
            b.ToTable("AgreementDocuments");
        });

        modelBuilder.Entity("AgreementFlow.Data.Documents.DocumentTemplate", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<string>("Key").IsRequired().HasMaxLength(64);
            b.Property<Guid>("OrganizationId");
            b.Property<string>("Title").IsRequired().HasMaxLength(300);
            b.HasKey("Id");
            b.HasIndex("OrganizationId", "Key").IsUnique();
            b.ToTable("Templates");
        });

        modelBuilder.Entity("AgreementFlow.Data.Documents.DocumentTemplateVersion", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("ChangeNote").HasMaxLength(1000);
            b.Property<string>("Content").IsRequired();
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<Guid?>("CreatedByPersonId");
            b.Property<DateTime?>("PublishedAtUtc");
            b.Property<Guid?>("PublishedByPersonId");
            b.Property<string>("SampleData").IsRequired();
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.Property<Guid>("TemplateId");
            b.Property<DateTime>("UpdatedAtUtc");
            b.Property<int>("Version");
            b.HasKey("Id");
            b.HasIndex("TemplateId", "Version").IsUnique();
            b.ToTable("TemplateVersions");
        });

        modelBuilder.Entity("AgreementFlow.Data.Documents.LibraryClause", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<string>("Key").IsRequired().HasMaxLength(64);
            b.Property<Guid>("OrganizationId");
            b.Property<string>("Title").IsRequired().HasMaxLength(300);
            b.HasKey("Id");
            b.HasIndex("OrganizationId", "Key").IsUnique();
            b.ToTable("LibraryClauses");
        });

        modelBuilder.Entity("AgreementFlow.Data.Documents.LibraryClauseVersion", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("ClauseId");
            b.Property<string>("Covers").IsRequired().HasMaxLength(200);
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<DateTime?>("PublishedAtUtc");
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.Property<string>("Text").IsRequired();
            b.Property<int>("Version");
            b.HasKey("Id");
            b.HasIndex("ClauseId", "Version").IsUnique();
            b.ToTable("LibraryClauseVersions");
        });

        modelBuilder.Entity("AgreementFlow.Data.Calendars.CalendarDay", b =>
        {
            b.Property<string>("RegionCode").HasMaxLength(8);
            b.Property<DateOnly>("Date");
            b.Property<string>("Kind").IsRequired().HasMaxLength(16);
            b.Property<string>("Note").HasMaxLength(200);
            b.HasKey("RegionCode", "Date");
            b.ToTable("CalendarDays");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Absence", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateOnly>("From");
            b.Property<string>("Note").HasMaxLength(500);
            b.Property<Guid>("PersonId");
            b.Property<Guid>("SubstituteId");
            b.Property<DateOnly>("To");
            b.HasKey("Id");
            b.HasIndex("SubstituteId");
            b.HasIndex("PersonId", "From");
            b.ToTable("Absences");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.EducationProgram", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Focus").IsRequired().HasMaxLength(32);
            b.Property<int>("Hours");
            b.Property<string>("Level").IsRequired().HasMaxLength(32);
            b.Property<string>("Name").IsRequired().HasMaxLength(300);
            b.Property<Guid>("OwnerOrganizationId");
            b.HasKey("Id");
            b.HasIndex("OwnerOrganizationId", "Name").IsUnique();
            b.ToTable("Programs");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Membership", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("OrganizationId");
            b.Property<Guid>("PersonId");
            b.Property<string>("Role").IsRequired().HasMaxLength(32);
            b.HasKey("Id");
            b.HasIndex("OrganizationId", "Role");
            b.HasIndex("PersonId", "OrganizationId", "Role").IsUnique();
            b.ToTable("Memberships");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Organization", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Address").IsRequired().HasMaxLength(500);
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<string>("Email").IsRequired().HasMaxLength(254);
            b.Property<string>("FullName").IsRequired().HasMaxLength(500);
            b.Property<string>("Inn").HasMaxLength(12);
            b.Property<string>("Kind").IsRequired().HasMaxLength(16);
            b.Property<string>("RegionCode").IsRequired().HasMaxLength(8);
            b.Property<string>("ShortName").IsRequired().HasMaxLength(200);
            b.Property<string>("TimeZoneId").IsRequired().HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("ShortName").IsUnique();
            b.ToTable("Organizations");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Person", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<string>("Email").IsRequired().HasMaxLength(254);
            b.Property<int>("FailedSignInCount");
            b.Property<string>("FullName").IsRequired().HasMaxLength(200);
            b.Property<bool>("IsAdministrator");
            b.Property<DateTime?>("LockoutEndUtc");
            b.Property<string>("PasswordHash").HasMaxLength(256);
            b.Property<string>("Phone").HasMaxLength(32);
            b.Property<string>("PreferredLanguage").IsRequired().HasMaxLength(8);
            b.Property<string>("SecurityStamp").IsRequired().HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("Email").IsUnique();
            b.ToTable("People");
        });

        modelBuilder.Entity("AgreementFlow.Data.Registration.RegistrationEntry", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("DocumentKind").IsRequired().HasMaxLength(32);
            b.Property<string>("Number").IsRequired().HasMaxLength(100);
            b.Property<Guid>("OrganizationId");
            b.Property<string>("Period").IsRequired().HasMaxLength(8);
            b.Property<DateTime>("RegisteredAtUtc");
            b.Property<DateOnly>("RegisteredOn");
            b.Property<int>("Sequence");
            b.Property<Guid>("SubjectId");
            b.Property<string>("Title").IsRequired().HasMaxLength(300);
            b.HasKey("Id");
            b.HasIndex("OrganizationId", "Number").IsUnique();
            b.HasIndex("OrganizationId", "Period", "Sequence").IsUnique();
            b.HasIndex("OrganizationId", "SubjectId").IsUnique();
            b.ToTable("RegistrationEntries");
        });

        modelBuilder.Entity("AgreementFlow.Data.Registration.RegistrationJournal", b =>
        {
            b.Property<Guid>("OrganizationId");
            b.Property<int>("LastSequence");
            b.Property<string>("Pattern").IsRequired().HasMaxLength(100);
            b.Property<string>("Period").IsRequired().HasMaxLength(8);
            b.Property<int>("Revision").IsConcurrencyToken();
            b.Property<DateTime>("UpdatedAtUtc");
            b.HasKey("OrganizationId");
            b.ToTable("RegistrationJournals");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Absence", b =>
        {
            b.HasOne("AgreementFlow.Data.Organizations.Person", "Person").WithMany().HasForeignKey("PersonId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("AgreementFlow.Data.Organizations.Person", "Substitute").WithMany().HasForeignKey("SubstituteId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.Navigation("Person");
            b.Navigation("Substitute");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.EducationProgram", b =>
        {
            b.HasOne("AgreementFlow.Data.Organizations.Organization", "OwnerOrganization").WithMany().HasForeignKey("OwnerOrganizationId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.Navigation("OwnerOrganization");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Membership", b =>
        {
            b.HasOne("AgreementFlow.Data.Organizations.Organization", "Organization").WithMany("Memberships").HasForeignKey("OrganizationId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("AgreementFlow.Data.Organizations.Person", "Person").WithMany("Memberships").HasForeignKey("PersonId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.Navigation("Organization");
            b.Navigation("Person");
        });

        modelBuilder.Entity("AgreementFlow.Data.Agreements.Agreement", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid?>("BatchId");
            b.Property<Guid>("BaseOrganizationId");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<Guid>("CreatedByPersonId");
            b.Property<string>("Data").IsRequired();
            b.Property<string>("Kind").IsRequired().HasMaxLength(16);
            b.Property<DateTime?>("NearestDueAtUtc");
            b.Property<string>("Number").HasMaxLength(64);
            b.Property<Guid?>("ParentAgreementId");
            b.Property<string>("SearchText").IsRequired().HasMaxLength(2000);
            b.Property<string>("Stage").IsRequired().HasMaxLength(64);
            b.Property<Guid?>("TemplateVersionId");
            b.Property<DateOnly>("TermFrom");
            b.Property<DateOnly>("TermTo");
            b.Property<string>("Title").IsRequired().HasMaxLength(300);
            b.Property<DateTime>("UpdatedAtUtc");
            b.Property<Guid>("WorkflowInstanceId");
            b.HasKey("Id");
            b.HasIndex("BatchId");
            b.HasIndex("NearestDueAtUtc");
            b.HasIndex("ParentAgreementId");
            b.HasIndex("WorkflowInstanceId").IsUnique();
            b.HasIndex("BaseOrganizationId", "Stage");
            b.HasIndex("Stage", "NearestDueAtUtc");
            b.ToTable("Agreements");
        });

        modelBuilder.Entity("AgreementFlow.Data.Agreements.AgreementBatch", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("BaseOrganizationId");
            b.Property<DateTime?>("CompletedAtUtc");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<Guid>("CreatedByPersonId");
            b.Property<string>("Request").IsRequired();
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.HasKey("Id");
            b.HasIndex("Status");
            b.ToTable("AgreementBatches");
        });

        modelBuilder.Entity("AgreementFlow.Data.Agreements.AgreementBatchItem", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("AgreementId");
            b.Property<Guid>("BatchId");
            b.Property<string>("Error").HasMaxLength(2000);
            b.Property<Guid>("PartnerOrganizationId");
            b.Property<int>("Position");
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.HasKey("Id");
            b.HasIndex("BatchId", "Position");
            b.ToTable("AgreementBatchItems");
        });

        modelBuilder.Entity("AgreementFlow.Data.Agreements.AgreementParty", b =>
        {
            b.Property<Guid>("AgreementId");
            b.Property<Guid>("OrganizationId");
            b.Property<bool>("IsBase");
            b.Property<int>("Position");
            b.HasKey("AgreementId", "OrganizationId");
            b.HasIndex("OrganizationId", "AgreementId");
            b.ToTable("AgreementParties");
        });

        modelBuilder.Entity("AgreementFlow.Data.Agreements.AgreementProgram", b =>
        {
            b.Property<Guid>("AgreementId");
            b.Property<Guid>("ProgramId");
            b.HasKey("AgreementId", "ProgramId");
            b.HasIndex("ProgramId");
            b.ToTable("AgreementPrograms");
        });

        modelBuilder.Entity("AgreementFlow.Data.Agreements.AgreementStageCount", b =>
        {
            b.Property<Guid>("OrganizationId");
            b.Property<string>("Stage").HasMaxLength(64);
            b.Property<int>("Count");
            b.HasKey("OrganizationId", "Stage");
            b.ToTable("AgreementStageCounts");
        });

        modelBuilder.Entity("AgreementFlow.Data.CreditTransfers.CreditTransfer", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid?>("AgreementId");
            b.Property<string>("ApplicantKind").IsRequired().HasMaxLength(16);
            b.Property<string>("ApplicantName").IsRequired().HasMaxLength(200);
            b.Property<Guid>("ApplicantOrganizationId");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<Guid>("CreatedByPersonId");
            b.Property<DateTime?>("NearestDueAtUtc");
            b.Property<int>("RequiredHours");
            b.Property<Guid?>("SourceOrganizationId");
            b.Property<string>("SourceOrganizationName").IsRequired().HasMaxLength(500);
            b.Property<string>("SourceProgramName").IsRequired().HasMaxLength(300);
            b.Property<string>("Stage").IsRequired().HasMaxLength(64);
            b.Property<string>("TargetUnit").IsRequired().HasMaxLength(300);
            b.Property<DateTime>("UpdatedAtUtc");
            b.Property<Guid>("WorkflowInstanceId");
            b.HasKey("Id");
            b.HasIndex("WorkflowInstanceId").IsUnique();
            b.HasIndex("ApplicantOrganizationId", "Stage");
            b.ToTable("CreditTransfers");
        });

        modelBuilder.Entity("AgreementFlow.Data.CreditTransfers.CreditTransferDocument", b =>
        {
            b.Property<Guid>("Id");
            b.Property<byte[]>("Content").IsRequired();
            b.Property<string>("ContentType").IsRequired().HasMaxLength(100);
            b.Property<Guid>("CreditTransferId");
            b.Property<string>("FileName").IsRequired().HasMaxLength(255);
            b.Property<string>("Sha256").IsRequired().HasMaxLength(64);
            b.Property<long>("Size");
            b.Property<DateTime>("UploadedAtUtc");
            b.HasKey("Id");
            b.HasIndex("CreditTransferId");
            b.ToTable("CreditTransferDocuments");
        });

        modelBuilder.Entity("AgreementFlow.Data.CreditTransfers.CreditTransferStudent", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateOnly?>("BirthDate");
            b.Property<Guid>("CreditTransferId");
            b.Property<int?>("CreditedHours");
            b.Property<string>("Decision").IsRequired().HasMaxLength(16);
            b.Property<string>("FullName").IsRequired().HasMaxLength(200);
            b.Property<int>("Hours");
            b.Property<int>("Position");
            b.Property<string>("Reason").HasMaxLength(1000);
            b.Property<string>("Result").IsRequired().HasMaxLength(200);
            b.HasKey("Id");
            b.HasIndex("CreditTransferId", "Position");
            b.ToTable("CreditTransferStudents");
        });

        modelBuilder.Entity("AgreementFlow.Data.Privacy.PersonalDataAccess", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Action").IsRequired().HasMaxLength(32);
            b.Property<DateTime>("AtUtc");
            b.Property<Guid>("PersonId");
            b.Property<Guid>("SubjectId");
            b.Property<string>("SubjectKind").IsRequired().HasMaxLength(32);
            b.HasKey("Id");
            b.HasIndex("PersonId", "AtUtc");
            b.HasIndex("SubjectKind", "SubjectId", "AtUtc");
            b.ToTable("PersonalDataAccesses");
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Idempotency.IdempotencyRecord", b =>
        {
            b.Property<Guid>("PersonId");
            b.Property<string>("Key").HasMaxLength(100);
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<string>("RequestHash").IsRequired().HasMaxLength(64);
            b.Property<string>("Response").IsRequired();
            b.Property<int>("StatusCode");
            b.HasKey("PersonId", "Key");
            b.ToTable("IdempotencyRecords");
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Incidents.Incident", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<string>("Details");
            b.Property<Guid>("InstanceId");
            b.Property<string>("Message").IsRequired().HasMaxLength(2000);
            b.Property<DateTime?>("ResolvedAtUtc");
            b.Property<int>("Retries");
            b.Property<string>("Source").IsRequired().HasMaxLength(64);
            b.Property<string>("Stage").IsRequired().HasMaxLength(64);
            b.Property<Guid?>("TimerId");
            b.HasKey("Id");
            b.HasIndex("ResolvedAtUtc");
            b.HasIndex("InstanceId", "ResolvedAtUtc");
            b.ToTable("Incidents");
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Instances.WorkflowInstance", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateTime?>("CompletedAtUtc");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<string>("Data").IsRequired();
            b.Property<string>("DefinitionId").IsRequired().HasMaxLength(64);
            b.Property<int>("DefinitionVersion");
            b.Property<string>("JournalHead").IsRequired().HasMaxLength(64);
            b.Property<int>("JournalLength");
            b.Property<Guid?>("ParentInstanceId");
            b.Property<int>("Revision").IsConcurrencyToken();
            b.Property<string>("Stage").IsRequired().HasMaxLength(64);
            b.Property<DateTime>("StageEnteredAtUtc");
            b.Property<int>("StageRound");
            b.Property<Guid?>("StartedByPersonId");
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.Property<Guid>("SubjectId");
            b.Property<string>("SubjectKind").IsRequired().HasMaxLength(16);
            b.Property<DateTime>("UpdatedAtUtc");
            b.HasKey("Id");
            b.HasIndex("SubjectKind", "SubjectId");
            b.HasIndex("DefinitionId", "DefinitionVersion", "Stage");
            b.ToTable("WorkflowInstances");
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Instances.WorkflowParty", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("InstanceId");
            b.Property<Guid>("OrganizationId");
            b.Property<int>("Position");
            b.Property<string>("Role").IsRequired().HasMaxLength(16);
            b.HasKey("Id");
            b.HasIndex("OrganizationId");
            b.HasIndex("InstanceId", "OrganizationId", "Role").IsUnique();
            b.ToTable("WorkflowParties");
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Journal.JournalEntry", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid?>("ActingForPersonId");
            b.Property<Guid?>("ActorPersonId");
            b.Property<DateTime>("AtUtc");
            b.Property<string>("Comment").HasMaxLength(4000);
            b.Property<string>("Details");
            b.Property<string>("FromStage").HasMaxLength(64);
            b.Property<string>("Hash").IsRequired().HasMaxLength(64);
            b.Property<Guid>("InstanceId");
            b.Property<string>("Kind").IsRequired().HasMaxLength(32);
            b.Property<Guid?>("OrganizationId");
            b.Property<string>("Outcome").HasMaxLength(64);
            b.Property<string>("PreviousHash").IsRequired().HasMaxLength(64);
            b.Property<int>("Sequence");
            b.Property<string>("TaskId").HasMaxLength(64);
            b.Property<string>("ToStage").HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("InstanceId", "Sequence").IsUnique();
            b.ToTable("JournalEntries");
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Outbox.OutboxMessage", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid?>("AssignmentId");
            b.Property<int>("Attempts");
            b.Property<DateTime>("AvailableAtUtc");
            b.Property<string>("ClaimedBy").HasMaxLength(100);
            b.Property<DateTime?>("ClaimedUntilUtc");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<Guid?>("InstanceId");
            b.Property<string>("Kind").IsRequired().HasMaxLength(64);
            b.Property<string>("LastError").HasMaxLength(2000);
            b.Property<string>("LastResponse").HasMaxLength(2000);
            b.Property<string>("Payload").IsRequired();
            b.Property<string>("RecipientAddress").HasMaxLength(254);
            b.Property<Guid?>("RecipientPersonId");
            b.Property<DateTime?>("SentAtUtc");
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.Property<string>("Subject").HasMaxLength(500);
            b.HasKey("Id");
            b.HasIndex("AssignmentId", "Kind");
            b.HasIndex("InstanceId");
            b.HasIndex("Status", "AvailableAtUtc");
            b.ToTable("OutboxMessages");
        });

        modelBuilder.Entity("AgreementFlow.Data.Mail.MailPreference", b =>
        {
            b.Property<Guid>("PersonId");
            b.Property<TimeOnly>("DigestTime");
            b.Property<DateOnly?>("LastDigestDate");
            b.Property<string>("ReminderDelivery").IsRequired().HasMaxLength(16);
            b.Property<bool>("UnsubscribedNonEssential");
            b.HasKey("PersonId");
            b.ToTable("MailPreferences");
        });

        modelBuilder.Entity("AgreementFlow.Data.Mail.SendWindow", b =>
        {
            b.Property<Guid>("OrganizationId");
            b.Property<bool>("Enabled");
            b.Property<TimeOnly>("From");
            b.Property<TimeOnly>("To");
            b.HasKey("OrganizationId");
            b.ToTable("SendWindows");
        });

        modelBuilder.Entity("AgreementFlow.Data.Mail.MailPreference", b =>
        {
            b.HasOne("AgreementFlow.Data.Organizations.Person", "Person").WithOne().HasForeignKey("AgreementFlow.Data.Mail.MailPreference", "PersonId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.Navigation("Person");
        });

        modelBuilder.Entity("AgreementFlow.Data.Mail.SendWindow", b =>
        {
            b.HasOne("AgreementFlow.Data.Organizations.Organization", "Organization").WithOne().HasForeignKey("AgreementFlow.Data.Mail.SendWindow", "OrganizationId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.Navigation("Organization");
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Tasks.HumanTask", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateTime?>("CompletedAtUtc");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<Guid>("InstanceId");
            b.Property<string>("Outcome").HasMaxLength(64);
            b.Property<int>("Round");
            b.Property<string>("Stage").IsRequired().HasMaxLength(64);
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.Property<string>("TaskId").IsRequired().HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("InstanceId", "Status");
            b.ToTable("HumanTasks");
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Tasks.TaskAssignment", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid?>("ActingForPersonId");
            b.Property<Guid?>("AssigneePersonId");
            b.Property<string>("Comment").HasMaxLength(4000);
            b.Property<DateTime?>("CompletedAtUtc");
            b.Property<Guid?>("CompletedByPersonId");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<Guid?>("DelegatedByPersonId");
            b.Property<DateTime?>("DueAtUtc");
            b.Property<Guid>("HumanTaskId");
            b.Property<Guid>("InstanceId");
            b.Property<DateTime?>("OpenedAtUtc");
            b.Property<Guid>("OrganizationId");
            b.Property<string>("Outcome").HasMaxLength(64);
            b.Property<string>("Role").IsRequired().HasMaxLength(32);
            b.Property<int>("Sequence");
            b.Property<string>("Status").IsRequired().HasMaxLength(16).IsConcurrencyToken();
            b.HasKey("Id");
            b.HasIndex("HumanTaskId");
            b.HasIndex("AssigneePersonId", "Status", "DueAtUtc");
            b.HasIndex("InstanceId", "Status");
            b.HasIndex("OrganizationId", "Status", "DueAtUtc");
            b.ToTable("TaskAssignments");
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Timers.WorkflowTimer", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid?>("AssignmentId");
            b.Property<int>("Attempts");
            b.Property<string>("ClaimedBy").HasMaxLength(100);
            b.Property<DateTime?>("ClaimedUntilUtc");
            b.Property<DateTime>("DueAtUtc");
            b.Property<DateTime?>("FiredAtUtc");
            b.Property<Guid>("InstanceId");
            b.Property<string>("Key").IsRequired().HasMaxLength(64);
            b.Property<string>("Kind").IsRequired().HasMaxLength(16);
            b.Property<string>("Payload");
            b.Property<string>("Stage").IsRequired().HasMaxLength(64);
            b.Property<string>("Status").IsRequired().HasMaxLength(16).IsConcurrencyToken();
            b.HasKey("Id");
            b.HasIndex("AssignmentId");
            b.HasIndex(["DueAtUtc"], "IX_WorkflowTimers_DueAtUtc_PendingReminders").HasFilter("\"Status\" = 'Pending' AND \"Kind\" IN ('Reminder', 'TaskDue')");
            b.HasIndex(["DueAtUtc"], "IX_WorkflowTimers_DueAtUtc_PendingSteps").HasFilter("\"Status\" = 'Pending' AND \"Kind\" IN ('Stage', 'Action')");
            b.HasIndex("InstanceId");
            b.ToTable("WorkflowTimers");
        });

        modelBuilder.Entity("AgreementFlow.Data.Signing.Signature", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("ActingForName").HasMaxLength(200);
            b.Property<Guid?>("ActingForPersonId");
            b.Property<Guid>("AgreementId");
            b.Property<Guid>("AssignmentId");
            b.Property<string>("CertificateSubject").HasMaxLength(1000);
            b.Property<string>("DocumentFormat").IsRequired().HasMaxLength(8);
            b.Property<string>("DocumentSha256").IsRequired().HasMaxLength(64);
            b.Property<int>("DocumentVersion");
            b.Property<Guid?>("FileId");
            b.Property<Guid>("InstanceId");
            b.Property<string>("IpAddress").HasMaxLength(64);
            b.Property<string>("Method").IsRequired().HasMaxLength(16);
            b.Property<Guid>("OrganizationId");
            b.Property<string>("OrganizationName").IsRequired().HasMaxLength(300);
            b.Property<Guid>("PersonId");
            b.Property<string>("PersonName").IsRequired().HasMaxLength(200);
            b.Property<string>("Role").IsRequired().HasMaxLength(32);
            b.Property<DateTime>("SignedAtUtc");
            b.Property<string>("UserAgent").HasMaxLength(500);
            b.Property<string>("Verification").IsRequired().HasMaxLength(16);
            b.Property<string>("VerificationNote").HasMaxLength(500);
            b.HasKey("Id");
            b.HasIndex("AgreementId");
            b.HasIndex("AssignmentId").IsUnique();
            b.ToTable("Signatures");
        });

        modelBuilder.Entity("AgreementFlow.Data.Signing.SigningCode", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("AgreementId");
            b.Property<Guid>("AssignmentId");
            b.Property<string>("CodeHash").IsRequired().HasMaxLength(64);
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<string>("DocumentSha256").IsRequired().HasMaxLength(64);
            b.Property<int>("DocumentVersion");
            b.Property<DateTime>("ExpiresAtUtc");
            b.Property<int>("FailedAttempts");
            b.Property<Guid>("PersonId");
            b.Property<string>("Salt").IsRequired().HasMaxLength(32);
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.HasKey("Id");
            b.HasIndex("AgreementId");
            b.HasIndex("PersonId", "AgreementId", "CreatedAtUtc");
            b.ToTable("SigningCodes");
        });

        modelBuilder.Entity("AgreementFlow.Data.Signing.SigningFile", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("AgreementId");
            b.Property<byte[]>("Content").IsRequired();
            b.Property<string>("ContentType").IsRequired().HasMaxLength(100);
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<Guid?>("CreatedByPersonId");
            b.Property<string>("Kind").IsRequired().HasMaxLength(32);
            b.Property<long>("Length");
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<string>("Sha256").IsRequired().HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("AgreementId");
            b.ToTable("SigningFiles");
        });

        modelBuilder.Entity("AgreementFlow.Data.Signing.SigningMethodChoice", b =>
        {
            b.Property<Guid>("AgreementId");
            b.Property<Guid>("OrganizationId");
            b.Property<DateTime>("ChosenAtUtc");
            b.Property<Guid>("ChosenByPersonId");
            b.Property<string>("Method").IsRequired().HasMaxLength(16);
            b.HasKey("AgreementId", "OrganizationId");
            b.ToTable("SigningMethodChoices");
        });

        modelBuilder.Entity("AgreementFlow.Data.Negotiation.ClauseComment", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("AgreementId");
            b.Property<Guid>("AuthorPersonId");
            b.Property<string>("ClauseId").IsRequired().HasMaxLength(100);
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<int>("DocumentVersion");
            b.Property<Guid>("OrganizationId");
            b.Property<Guid?>("ParentId");
            b.Property<DateTime?>("ResolvedAtUtc");
            b.Property<Guid?>("ResolvedByPersonId");
            b.Property<string>("Text").IsRequired().HasMaxLength(4000);
            b.HasKey("Id");
            b.HasIndex("AgreementId", "ClauseId");
            b.ToTable("ClauseComments");
        });

        modelBuilder.Entity("AgreementFlow.Data.Negotiation.ClauseOverride", b =>
        {
            b.Property<Guid>("AgreementId");
            b.Property<string>("ClauseId").HasMaxLength(100);
            b.Property<Guid>("ProposalId");
            b.Property<string>("Text").IsRequired().HasMaxLength(8000);
            b.Property<DateTime>("UpdatedAtUtc");
            b.HasKey("AgreementId", "ClauseId");
            b.ToTable("ClauseOverrides");
        });

        modelBuilder.Entity("AgreementFlow.Data.Negotiation.ClauseProposal", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("AgreementId");
            b.Property<string>("ClauseId").IsRequired().HasMaxLength(100);
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<DateTime?>("DecidedAtUtc");
            b.Property<Guid?>("DecidedByPersonId");
            b.Property<string>("DecisionReason").HasMaxLength(2000);
            b.Property<int>("DocumentVersion");
            b.Property<string>("Note").HasMaxLength(2000);
            b.Property<Guid>("OrganizationId");
            b.Property<Guid>("ProposerPersonId");
            b.Property<string>("ProposedText").IsRequired().HasMaxLength(8000);
            b.Property<int?>("ResultDocumentVersion");
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.HasKey("Id");
            b.HasIndex("AgreementId", "Status");
            b.ToTable("ClauseProposals");
        });

        modelBuilder.Entity("AgreementFlow.Data.Negotiation.ContentApproval", b =>
        {
            b.Property<Guid>("AssignmentId");
            b.Property<Guid>("AgreementId");
            b.Property<DateTime>("ApprovedAtUtc");
            b.Property<int>("DocumentVersion");
            b.Property<string>("DocxSha256").IsRequired().HasMaxLength(64);
            b.Property<Guid>("InstanceId");
            b.Property<Guid>("OrganizationId");
            b.Property<string>("Outcome").IsRequired().HasMaxLength(64);
            b.Property<Guid>("PersonId");
            b.Property<string>("Stage").IsRequired().HasMaxLength(64);
            b.Property<string>("TaskId").IsRequired().HasMaxLength(64);
            b.Property<DateTime?>("VoidedAtUtc");
            b.Property<int?>("VoidedByVersion");
            b.HasKey("AssignmentId");
            b.HasIndex("AgreementId", "VoidedAtUtc");
            b.ToTable("ContentApprovals");
        });

        modelBuilder.Entity("AgreementFlow.Data.Negotiation.NegotiationRound", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid?>("ActorPersonId");
            b.Property<Guid>("AgreementId");
            b.Property<DateTime>("AtUtc");
            b.Property<Guid>("InstanceId");
            b.Property<int>("JournalSequence");
            b.Property<string>("Kind").IsRequired().HasMaxLength(32);
            b.Property<int?>("VersionBefore");
            b.HasKey("Id");
            b.HasIndex("AgreementId");
            b.ToTable("NegotiationRounds");
        });

        modelBuilder.Entity("AgreementFlow.Data.Archive.ArchiveFile", b =>
            b.HasOne("AgreementFlow.Data.Archive.ArchiveRecord", null).WithMany("Files").HasForeignKey("RecordId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Archive.DestructionAct", b =>
            b.HasOne("AgreementFlow.Data.Archive.ArchiveRecord", null).WithMany().HasForeignKey("RecordId").OnDelete(DeleteBehavior.Restrict).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Documents.AgreementDocument", b =>
        {
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("AgreementFlow.Data.Documents.DocumentTemplateVersion", null).WithMany().HasForeignKey("TemplateVersionId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("AgreementFlow.Data.Documents.DocumentTemplate", b =>
            b.HasOne("AgreementFlow.Data.Organizations.Organization", null).WithMany().HasForeignKey("OrganizationId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Documents.DocumentTemplateVersion", b =>
            b.HasOne("AgreementFlow.Data.Documents.DocumentTemplate", null).WithMany().HasForeignKey("TemplateId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Documents.LibraryClause", b =>
            b.HasOne("AgreementFlow.Data.Organizations.Organization", null).WithMany().HasForeignKey("OrganizationId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Documents.LibraryClauseVersion", b =>
            b.HasOne("AgreementFlow.Data.Documents.LibraryClause", null).WithMany().HasForeignKey("ClauseId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Agreements.Agreement", b =>
        {
            b.HasOne("AgreementFlow.Data.Organizations.Organization", null).WithMany().HasForeignKey("BaseOrganizationId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("AgreementFlow.Data.Agreements.AgreementBatchItem", b =>
            b.HasOne("AgreementFlow.Data.Agreements.AgreementBatch", null).WithMany("Items").HasForeignKey("BatchId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Agreements.AgreementParty", b =>
        {
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany("Parties").HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("AgreementFlow.Data.Organizations.Organization", null).WithMany().HasForeignKey("OrganizationId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("AgreementFlow.Data.Agreements.AgreementProgram", b =>
        {
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany("Programs").HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("AgreementFlow.Data.Organizations.EducationProgram", null).WithMany().HasForeignKey("ProgramId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("AgreementFlow.Data.CreditTransfers.CreditTransfer", b =>
        {
            b.HasOne("AgreementFlow.Data.Organizations.Organization", null).WithMany().HasForeignKey("ApplicantOrganizationId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("AgreementFlow.Data.CreditTransfers.CreditTransferDocument", b =>
            b.HasOne("AgreementFlow.Data.CreditTransfers.CreditTransfer", null).WithMany("Documents").HasForeignKey("CreditTransferId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.CreditTransfers.CreditTransferStudent", b =>
            b.HasOne("AgreementFlow.Data.CreditTransfers.CreditTransfer", null).WithMany("Students").HasForeignKey("CreditTransferId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Incidents.Incident", b =>
            b.HasOne("AgreementFlow.Workflows.Runtime.Instances.WorkflowInstance", null).WithMany().HasForeignKey("InstanceId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Instances.WorkflowParty", b =>
            b.HasOne("AgreementFlow.Workflows.Runtime.Instances.WorkflowInstance", null).WithMany("Parties").HasForeignKey("InstanceId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Journal.JournalEntry", b =>
            b.HasOne("AgreementFlow.Workflows.Runtime.Instances.WorkflowInstance", null).WithMany().HasForeignKey("InstanceId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Tasks.HumanTask", b =>
        {
            b.HasOne("AgreementFlow.Workflows.Runtime.Instances.WorkflowInstance", null).WithMany().HasForeignKey("InstanceId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Tasks.TaskAssignment", b =>
        {
            b.HasOne("AgreementFlow.Workflows.Runtime.Tasks.HumanTask", "HumanTask").WithMany("Assignments").HasForeignKey("HumanTaskId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.Navigation("HumanTask");
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Timers.WorkflowTimer", b =>
            b.HasOne("AgreementFlow.Workflows.Runtime.Instances.WorkflowInstance", null).WithMany().HasForeignKey("InstanceId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Signing.Signature", b =>
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Signing.SigningCode", b =>
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Signing.SigningFile", b =>
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Signing.SigningMethodChoice", b =>
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Agreements.Agreement", b =>
        {
            b.Navigation("Parties");
            b.Navigation("Programs");
        });

        modelBuilder.Entity("AgreementFlow.Data.Agreements.AgreementBatch", b => b.Navigation("Items"));

        modelBuilder.Entity("AgreementFlow.Data.CreditTransfers.CreditTransfer", b =>
        {
            b.Navigation("Documents");
            b.Navigation("Students");
        });

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Instances.WorkflowInstance", b => b.Navigation("Parties"));

        modelBuilder.Entity("AgreementFlow.Workflows.Runtime.Tasks.HumanTask", b => b.Navigation("Assignments"));

        modelBuilder.Entity("AgreementFlow.Data.Registration.RegistrationEntry", b =>
            b.HasOne("AgreementFlow.Data.Registration.RegistrationJournal", null).WithMany().HasForeignKey("OrganizationId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Registration.RegistrationJournal", b =>
            b.HasOne("AgreementFlow.Data.Organizations.Organization", null).WithOne().HasForeignKey("AgreementFlow.Data.Registration.RegistrationJournal", "OrganizationId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Negotiation.ClauseComment", b =>
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Negotiation.ClauseOverride", b =>
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Negotiation.ClauseProposal", b =>
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Negotiation.ContentApproval", b =>
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.Negotiation.NegotiationRound", b =>
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("AgreementFlow.Data.PartnerAccess.PartnerContact", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("AgreementId");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<string>("Email").IsRequired().HasMaxLength(254);
            b.Property<string>("FullName").IsRequired().HasMaxLength(200);
            b.Property<Guid>("OrganizationId");
            b.Property<Guid>("PersonId");
            b.Property<string>("Role").IsRequired().HasMaxLength(32);
            b.Property<DateTime>("UpdatedAtUtc");
            b.Property<Guid>("UpdatedByPersonId");
            b.HasKey("Id");
            b.HasIndex("OrganizationId");
            b.HasIndex("PersonId");
            b.HasIndex("AgreementId", "OrganizationId").IsUnique();
            b.ToTable("PartnerContacts");
        });

        modelBuilder.Entity("AgreementFlow.Data.PartnerAccess.PartnerLink", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Actions").IsRequired().HasMaxLength(100);
            b.Property<Guid>("AgreementId");
            b.Property<Guid?>("AssignmentId");
            b.Property<Guid>("ContactId");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<Guid>("CreatedByPersonId");
            b.Property<DateTime>("ExpiresAtUtc");
            b.Property<DateTime?>("FirstOpenedAtUtc");
            b.Property<DateTime?>("LastOpenedAtUtc");
            b.Property<int>("OpenCount");
            b.Property<Guid>("OrganizationId");
            b.Property<Guid?>("OutboxMessageId");
            b.Property<Guid>("PersonId");
            b.Property<DateTime?>("RevokedAtUtc");
            b.Property<Guid?>("RevokedByPersonId");
            b.Property<string>("RevokedReason").HasMaxLength(32);
            b.Property<string>("TokenHash").IsRequired().HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("AgreementId");
            b.HasIndex("ContactId");
            b.HasIndex("TokenHash").IsUnique();
            b.ToTable("PartnerLinks");
        });

        modelBuilder.Entity("AgreementFlow.Data.PartnerAccess.PartnerContact", b =>
        {
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("AgreementFlow.Data.Organizations.Organization", null).WithMany().HasForeignKey("OrganizationId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("AgreementFlow.Data.Organizations.Person", null).WithMany().HasForeignKey("PersonId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("AgreementFlow.Data.PartnerAccess.PartnerLink", b =>
        {
            b.HasOne("AgreementFlow.Data.Agreements.Agreement", null).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("AgreementFlow.Data.PartnerAccess.PartnerContact", null).WithMany().HasForeignKey("ContactId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("AgreementFlow.Data.Archive.ArchiveRecord", b => b.Navigation("Files"));
        modelBuilder.Entity("AgreementFlow.Data.Organizations.Organization", b => b.Navigation("Memberships"));
        modelBuilder.Entity("AgreementFlow.Data.Organizations.Person", b => b.Navigation("Memberships"));
    }
}
