using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgreementFlow.Data.Migrations;

/// <summary>Partner access: the contact named at each partner of an agreement and the signed links e-mailed to them (token hashes only).</summary>
[DbContext(typeof(AgreementFlowDbContext))]
[Migration("20261124000000_PartnerAccess")]
public sealed class PartnerAccess : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PartnerContacts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                FullName = table.Column<string>(maxLength: 200, nullable: false),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedByPersonId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PartnerContacts", x => x.Id);
                table.ForeignKey("FK_PartnerContacts_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_PartnerContacts_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_PartnerContacts_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PartnerLinks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: false),
                ContactId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Actions = table.Column<string>(maxLength: 100, nullable: false),
                AssignmentId = table.Column<Guid>(nullable: true),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                CreatedByPersonId = table.Column<Guid>(nullable: false),
                ExpiresAtUtc = table.Column<DateTime>(nullable: false),
                OutboxMessageId = table.Column<Guid>(nullable: true),
                FirstOpenedAtUtc = table.Column<DateTime>(nullable: true),
                LastOpenedAtUtc = table.Column<DateTime>(nullable: true),
                OpenCount = table.Column<int>(nullable: false),
                RevokedAtUtc = table.Column<DateTime>(nullable: true),
                RevokedByPersonId = table.Column<Guid>(nullable: true),
                RevokedReason = table.Column<string>(maxLength: 32, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PartnerLinks", x => x.Id);
                table.ForeignKey("FK_PartnerLinks_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_PartnerLinks_PartnerContacts_ContactId", x => x.ContactId, "PartnerContacts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_PartnerContacts_AgreementId_OrganizationId", "PartnerContacts", ["AgreementId", "OrganizationId"], unique: true);
        migrationBuilder.CreateIndex("IX_PartnerContacts_OrganizationId", "PartnerContacts", "OrganizationId");
        migrationBuilder.CreateIndex("IX_PartnerContacts_PersonId", "PartnerContacts", "PersonId");
        migrationBuilder.CreateIndex("IX_PartnerLinks_AgreementId", "PartnerLinks", "AgreementId");
        migrationBuilder.CreateIndex("IX_PartnerLinks_ContactId", "PartnerLinks", "ContactId");
        migrationBuilder.CreateIndex("IX_PartnerLinks_TokenHash", "PartnerLinks", "TokenHash", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PartnerLinks");
        migrationBuilder.DropTable("PartnerContacts");
    }
}
