using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgreementFlow.Data.Migrations;

/// <summary>The workflow engine's tables (instances, tasks, timers, journal, incidents, outbox, idempotency), agreements, batches and credit transfers.</summary>
[DbContext(typeof(AgreementFlowDbContext))]
[Migration("20261123190000_WorkflowRuntime")]
public sealed class WorkflowRuntime : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WorkflowInstances",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DefinitionId = table.Column<string>(maxLength: 64, nullable: false),
                DefinitionVersion = table.Column<int>(nullable: false),
                SubjectKind = table.Column<string>(maxLength: 16, nullable: false),
                SubjectId = table.Column<Guid>(nullable: false),
                ParentInstanceId = table.Column<Guid>(nullable: true),
                Stage = table.Column<string>(maxLength: 64, nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                Revision = table.Column<int>(nullable: false),
                Data = table.Column<string>(nullable: false),
                JournalLength = table.Column<int>(nullable: false),
                JournalHead = table.Column<string>(maxLength: 64, nullable: false),
                StageRound = table.Column<int>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                StageEnteredAtUtc = table.Column<DateTime>(nullable: false),
                CompletedAtUtc = table.Column<DateTime>(nullable: true),
                StartedByPersonId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowInstances", x => x.Id));

        migrationBuilder.CreateTable(
            name: "WorkflowParties",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 16, nullable: false),
                Position = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkflowParties", x => x.Id);
                table.ForeignKey("FK_WorkflowParties_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "HumanTasks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                Stage = table.Column<string>(maxLength: 64, nullable: false),
                TaskId = table.Column<string>(maxLength: 64, nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                Outcome = table.Column<string>(maxLength: 64, nullable: true),
                Round = table.Column<int>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                CompletedAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HumanTasks", x => x.Id);
                table.ForeignKey("FK_HumanTasks_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "TaskAssignments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                HumanTaskId = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                AssigneePersonId = table.Column<Guid>(nullable: true),
                ActingForPersonId = table.Column<Guid>(nullable: true),
                DelegatedByPersonId = table.Column<Guid>(nullable: true),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                Outcome = table.Column<string>(maxLength: 64, nullable: true),
                Comment = table.Column<string>(maxLength: 4000, nullable: true),
                DueAtUtc = table.Column<DateTime>(nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                OpenedAtUtc = table.Column<DateTime>(nullable: true),
                CompletedAtUtc = table.Column<DateTime>(nullable: true),
                CompletedByPersonId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TaskAssignments", x => x.Id);
                table.ForeignKey("FK_TaskAssignments_HumanTasks_HumanTaskId", x => x.HumanTaskId, "HumanTasks", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WorkflowTimers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                Stage = table.Column<string>(maxLength: 64, nullable: false),
                Key = table.Column<string>(maxLength: 64, nullable: false),
                AssignmentId = table.Column<Guid>(nullable: true),
                Payload = table.Column<string>(nullable: true),
                DueAtUtc = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                ClaimedBy = table.Column<string>(maxLength: 100, nullable: true),
                ClaimedUntilUtc = table.Column<DateTime>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                FiredAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkflowTimers", x => x.Id);
                table.ForeignKey("FK_WorkflowTimers_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "JournalEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                ActorPersonId = table.Column<Guid>(nullable: true),
                ActingForPersonId = table.Column<Guid>(nullable: true),
                OrganizationId = table.Column<Guid>(nullable: true),
                FromStage = table.Column<string>(maxLength: 64, nullable: true),
                ToStage = table.Column<string>(maxLength: 64, nullable: true),
                TaskId = table.Column<string>(maxLength: 64, nullable: true),
                Outcome = table.Column<string>(maxLength: 64, nullable: true),
                Comment = table.Column<string>(maxLength: 4000, nullable: true),
                Details = table.Column<string>(nullable: true),
                PreviousHash = table.Column<string>(maxLength: 64, nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JournalEntries", x => x.Id);
                table.ForeignKey("FK_JournalEntries_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Incidents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                Stage = table.Column<string>(maxLength: 64, nullable: false),
                Source = table.Column<string>(maxLength: 64, nullable: false),
                TimerId = table.Column<Guid>(nullable: true),
                Message = table.Column<string>(maxLength: 2000, nullable: false),
                Details = table.Column<string>(nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                ResolvedAtUtc = table.Column<DateTime>(nullable: true),
                Retries = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Incidents", x => x.Id);
                table.ForeignKey("FK_Incidents_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 64, nullable: false),
                InstanceId = table.Column<Guid>(nullable: true),
                AssignmentId = table.Column<Guid>(nullable: true),
                RecipientPersonId = table.Column<Guid>(nullable: true),
                Payload = table.Column<string>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                AvailableAtUtc = table.Column<DateTime>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                LastError = table.Column<string>(maxLength: 2000, nullable: true),
                SentAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", x => x.Id));

        migrationBuilder.CreateTable(
            name: "IdempotencyRecords",
            columns: table => new
            {
                PersonId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 100, nullable: false),
                RequestHash = table.Column<string>(maxLength: 64, nullable: false),
                StatusCode = table.Column<int>(nullable: false),
                Response = table.Column<string>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_IdempotencyRecords", x => new { x.PersonId, x.Key }));

        migrationBuilder.CreateTable(
            name: "Agreements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                ParentAgreementId = table.Column<Guid>(nullable: true),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                SearchText = table.Column<string>(maxLength: 2000, nullable: false),
                Number = table.Column<string>(maxLength: 64, nullable: true),
                BaseOrganizationId = table.Column<Guid>(nullable: false),
                TermFrom = table.Column<DateOnly>(nullable: false),
                TermTo = table.Column<DateOnly>(nullable: false),
                Data = table.Column<string>(nullable: false),
                Stage = table.Column<string>(maxLength: 64, nullable: false),
                NearestDueAtUtc = table.Column<DateTime>(nullable: true),
                WorkflowInstanceId = table.Column<Guid>(nullable: false),
                TemplateVersionId = table.Column<Guid>(nullable: true),
                BatchId = table.Column<Guid>(nullable: true),
                CreatedByPersonId = table.Column<Guid>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Agreements", x => x.Id);
                table.ForeignKey("FK_Agreements_Organizations_BaseOrganizationId", x => x.BaseOrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "AgreementParties",
            columns: table => new
            {
                AgreementId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                IsBase = table.Column<bool>(nullable: false),
                Position = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgreementParties", x => new { x.AgreementId, x.OrganizationId });
                table.ForeignKey("FK_AgreementParties_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AgreementParties_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "AgreementPrograms",
            columns: table => new
            {
                AgreementId = table.Column<Guid>(nullable: false),
                ProgramId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgreementPrograms", x => new { x.AgreementId, x.ProgramId });
                table.ForeignKey("FK_AgreementPrograms_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AgreementPrograms_Programs_ProgramId", x => x.ProgramId, "Programs", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "AgreementBatches",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BaseOrganizationId = table.Column<Guid>(nullable: false),
                CreatedByPersonId = table.Column<Guid>(nullable: false),
                Request = table.Column<string>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                CompletedAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AgreementBatches", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AgreementBatchItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BatchId = table.Column<Guid>(nullable: false),
                PartnerOrganizationId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                Error = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgreementBatchItems", x => x.Id);
                table.ForeignKey("FK_AgreementBatchItems_AgreementBatches_BatchId", x => x.BatchId, "AgreementBatches", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CreditTransfers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ApplicantOrganizationId = table.Column<Guid>(nullable: false),
                ApplicantKind = table.Column<string>(maxLength: 16, nullable: false),
                ApplicantName = table.Column<string>(maxLength: 200, nullable: false),
                SourceOrganizationId = table.Column<Guid>(nullable: true),
                SourceOrganizationName = table.Column<string>(maxLength: 500, nullable: false),
                SourceProgramName = table.Column<string>(maxLength: 300, nullable: false),
                TargetUnit = table.Column<string>(maxLength: 300, nullable: false),
                RequiredHours = table.Column<int>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: true),
                Stage = table.Column<string>(maxLength: 64, nullable: false),
                NearestDueAtUtc = table.Column<DateTime>(nullable: true),
                WorkflowInstanceId = table.Column<Guid>(nullable: false),
                CreatedByPersonId = table.Column<Guid>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CreditTransfers", x => x.Id);
                table.ForeignKey("FK_CreditTransfers_Organizations_ApplicantOrganizationId", x => x.ApplicantOrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CreditTransferStudents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CreditTransferId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                FullName = table.Column<string>(maxLength: 200, nullable: false),
                BirthDate = table.Column<DateOnly>(nullable: true),
                Hours = table.Column<int>(nullable: false),
                Result = table.Column<string>(maxLength: 200, nullable: false),
                Decision = table.Column<string>(maxLength: 16, nullable: false),
                CreditedHours = table.Column<int>(nullable: true),
                Reason = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CreditTransferStudents", x => x.Id);
                table.ForeignKey("FK_CreditTransferStudents_CreditTransfers_CreditTransferId", x => x.CreditTransferId, "CreditTransfers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CreditTransferDocuments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CreditTransferId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Size = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
                UploadedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CreditTransferDocuments", x => x.Id);
                table.ForeignKey("FK_CreditTransferDocuments_CreditTransfers_CreditTransferId", x => x.CreditTransferId, "CreditTransfers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PersonalDataAccesses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                SubjectKind = table.Column<string>(maxLength: 32, nullable: false),
                SubjectId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 32, nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PersonalDataAccesses", x => x.Id));

        migrationBuilder.CreateIndex("IX_WorkflowInstances_SubjectKind_SubjectId", "WorkflowInstances", ["SubjectKind", "SubjectId"]);
        migrationBuilder.CreateIndex("IX_WorkflowInstances_DefinitionId_DefinitionVersion_Stage", "WorkflowInstances", ["DefinitionId", "DefinitionVersion", "Stage"]);
        migrationBuilder.CreateIndex("IX_WorkflowParties_InstanceId_OrganizationId_Role", "WorkflowParties", ["InstanceId", "OrganizationId", "Role"], unique: true);
        migrationBuilder.CreateIndex("IX_WorkflowParties_OrganizationId", "WorkflowParties", "OrganizationId");
        migrationBuilder.CreateIndex("IX_HumanTasks_InstanceId_Status", "HumanTasks", ["InstanceId", "Status"]);
        migrationBuilder.CreateIndex("IX_TaskAssignments_AssigneePersonId_Status_DueAtUtc", "TaskAssignments", ["AssigneePersonId", "Status", "DueAtUtc"]);
        migrationBuilder.CreateIndex("IX_TaskAssignments_HumanTaskId", "TaskAssignments", "HumanTaskId");
        migrationBuilder.CreateIndex("IX_TaskAssignments_InstanceId_Status", "TaskAssignments", ["InstanceId", "Status"]);
        migrationBuilder.CreateIndex("IX_TaskAssignments_OrganizationId_Status_DueAtUtc", "TaskAssignments", ["OrganizationId", "Status", "DueAtUtc"]);
        migrationBuilder.CreateIndex("IX_WorkflowTimers_AssignmentId", "WorkflowTimers", "AssignmentId");
        migrationBuilder.CreateIndex("IX_WorkflowTimers_InstanceId_Status", "WorkflowTimers", ["InstanceId", "Status"]);
        migrationBuilder.CreateIndex("IX_WorkflowTimers_Status_DueAtUtc", "WorkflowTimers", ["Status", "DueAtUtc"]);
        migrationBuilder.CreateIndex("IX_JournalEntries_InstanceId_Sequence", "JournalEntries", ["InstanceId", "Sequence"], unique: true);
        migrationBuilder.CreateIndex("IX_Incidents_InstanceId_ResolvedAtUtc", "Incidents", ["InstanceId", "ResolvedAtUtc"]);
        migrationBuilder.CreateIndex("IX_Incidents_ResolvedAtUtc", "Incidents", "ResolvedAtUtc");
        migrationBuilder.CreateIndex("IX_OutboxMessages_Status_AvailableAtUtc", "OutboxMessages", ["Status", "AvailableAtUtc"]);
        migrationBuilder.CreateIndex("IX_Agreements_BaseOrganizationId_Stage", "Agreements", ["BaseOrganizationId", "Stage"]);
        migrationBuilder.CreateIndex("IX_Agreements_BatchId", "Agreements", "BatchId");
        migrationBuilder.CreateIndex("IX_Agreements_NearestDueAtUtc", "Agreements", "NearestDueAtUtc");
        migrationBuilder.CreateIndex("IX_Agreements_ParentAgreementId", "Agreements", "ParentAgreementId");
        migrationBuilder.CreateIndex("IX_Agreements_WorkflowInstanceId", "Agreements", "WorkflowInstanceId", unique: true);
        migrationBuilder.CreateIndex("IX_AgreementParties_OrganizationId_AgreementId", "AgreementParties", ["OrganizationId", "AgreementId"]);
        migrationBuilder.CreateIndex("IX_AgreementPrograms_ProgramId", "AgreementPrograms", "ProgramId");
        migrationBuilder.CreateIndex("IX_AgreementBatches_Status", "AgreementBatches", "Status");
        migrationBuilder.CreateIndex("IX_AgreementBatchItems_BatchId_Position", "AgreementBatchItems", ["BatchId", "Position"]);
        migrationBuilder.CreateIndex("IX_CreditTransfers_ApplicantOrganizationId_Stage", "CreditTransfers", ["ApplicantOrganizationId", "Stage"]);
        migrationBuilder.CreateIndex("IX_CreditTransfers_WorkflowInstanceId", "CreditTransfers", "WorkflowInstanceId", unique: true);
        migrationBuilder.CreateIndex("IX_CreditTransferStudents_CreditTransferId_Position", "CreditTransferStudents", ["CreditTransferId", "Position"]);
        migrationBuilder.CreateIndex("IX_CreditTransferDocuments_CreditTransferId", "CreditTransferDocuments", "CreditTransferId");
        migrationBuilder.CreateIndex("IX_PersonalDataAccesses_PersonId_AtUtc", "PersonalDataAccesses", ["PersonId", "AtUtc"]);
        migrationBuilder.CreateIndex("IX_PersonalDataAccesses_SubjectKind_SubjectId_AtUtc", "PersonalDataAccesses", ["SubjectKind", "SubjectId", "AtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "PersonalDataAccesses", "CreditTransferDocuments", "CreditTransferStudents", "CreditTransfers", "AgreementBatchItems",
            "AgreementBatches", "AgreementPrograms", "AgreementParties", "Agreements", "IdempotencyRecords", "OutboxMessages",
            "Incidents", "JournalEntries", "WorkflowTimers", "TaskAssignments", "HumanTasks", "WorkflowParties", "WorkflowInstances",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
