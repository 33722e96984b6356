using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgreementFlow.Data.Migrations;

/// <summary>Negotiation: comments and proposals per clause, the agreement's own clause texts, approvals bound to content, the rounds.</summary>
[DbContext(typeof(AgreementFlowDbContext))]
[Migration("20261124010000_Negotiation")]
public sealed class Negotiation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ClauseComments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: false),
                ClauseId = table.Column<string>(maxLength: 100, nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                AuthorPersonId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                DocumentVersion = table.Column<int>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                ResolvedAtUtc = table.Column<DateTime>(nullable: true),
                ResolvedByPersonId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ClauseComments", x => x.Id);
                table.ForeignKey("FK_ClauseComments_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ClauseProposals",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: false),
                ClauseId = table.Column<string>(maxLength: 100, nullable: false),
                ProposedText = table.Column<string>(maxLength: 8000, nullable: false),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                ProposerPersonId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                DocumentVersion = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                DecidedByPersonId = table.Column<Guid>(nullable: true),
                DecidedAtUtc = table.Column<DateTime>(nullable: true),
                DecisionReason = table.Column<string>(maxLength: 2000, nullable: true),
                ResultDocumentVersion = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ClauseProposals", x => x.Id);
                table.ForeignKey("FK_ClauseProposals_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ClauseOverrides",
            columns: table => new
            {
                AgreementId = table.Column<Guid>(nullable: false),
                ClauseId = table.Column<string>(maxLength: 100, nullable: false),
                Text = table.Column<string>(maxLength: 8000, nullable: false),
                ProposalId = table.Column<Guid>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ClauseOverrides", x => new { x.AgreementId, x.ClauseId });
                table.ForeignKey("FK_ClauseOverrides_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ContentApprovals",
            columns: table => new
            {
                AssignmentId = table.Column<Guid>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                Stage = table.Column<string>(maxLength: 64, nullable: false),
                TaskId = table.Column<string>(maxLength: 64, nullable: false),
                Outcome = table.Column<string>(maxLength: 64, nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                DocumentVersion = table.Column<int>(nullable: false),
                DocxSha256 = table.Column<string>(maxLength: 64, nullable: false),
                ApprovedAtUtc = table.Column<DateTime>(nullable: false),
                VoidedAtUtc = table.Column<DateTime>(nullable: true),
                VoidedByVersion = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContentApprovals", x => x.AssignmentId);
                table.ForeignKey("FK_ContentApprovals_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "NegotiationRounds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
                JournalSequence = table.Column<int>(nullable: false),
                VersionBefore = table.Column<int>(nullable: true),
                ActorPersonId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NegotiationRounds", x => x.Id);
                table.ForeignKey("FK_NegotiationRounds_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_ClauseComments_AgreementId_ClauseId", "ClauseComments", ["AgreementId", "ClauseId"]);
        migrationBuilder.CreateIndex("IX_ClauseProposals_AgreementId_Status", "ClauseProposals", ["AgreementId", "Status"]);
        migrationBuilder.CreateIndex("IX_ContentApprovals_AgreementId_VoidedAtUtc", "ContentApprovals", ["AgreementId", "VoidedAtUtc"]);
        migrationBuilder.CreateIndex("IX_NegotiationRounds_AgreementId", "NegotiationRounds", "AgreementId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("NegotiationRounds");
        migrationBuilder.DropTable("ContentApprovals");
        migrationBuilder.DropTable("ClauseOverrides");
        migrationBuilder.DropTable("ClauseProposals");
        migrationBuilder.DropTable("ClauseComments");
    }
}
