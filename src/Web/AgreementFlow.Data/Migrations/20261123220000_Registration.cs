using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgreementFlow.Data.Migrations;

/// <summary>Registration journals: one counter row per organisation and the journal's lines.</summary>
[DbContext(typeof(AgreementFlowDbContext))]
[Migration("20261123220000_Registration")]
public sealed class Registration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "RegistrationJournals",
            columns: table => new
            {
                OrganizationId = table.Column<Guid>(nullable: false),
                Pattern = table.Column<string>(maxLength: 100, nullable: false),
                Period = table.Column<string>(maxLength: 8, nullable: false),
                LastSequence = table.Column<int>(nullable: false),
                Revision = table.Column<int>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RegistrationJournals", x => x.OrganizationId);
                table.ForeignKey("FK_RegistrationJournals_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RegistrationEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Period = table.Column<string>(maxLength: 8, nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Number = table.Column<string>(maxLength: 100, nullable: false),
                RegisteredOn = table.Column<DateOnly>(nullable: false),
                RegisteredAtUtc = table.Column<DateTime>(nullable: false),
                DocumentKind = table.Column<string>(maxLength: 32, nullable: false),
                SubjectId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RegistrationEntries", x => x.Id);
                table.ForeignKey("FK_RegistrationEntries_RegistrationJournals_OrganizationId", x => x.OrganizationId, "RegistrationJournals", "OrganizationId", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_RegistrationEntries_OrganizationId_Number", "RegistrationEntries", ["OrganizationId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_RegistrationEntries_OrganizationId_Period_Sequence", "RegistrationEntries", ["OrganizationId", "Period", "Sequence"], unique: true);
        migrationBuilder.CreateIndex("IX_RegistrationEntries_OrganizationId_SubjectId", "RegistrationEntries", ["OrganizationId", "SubjectId"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("RegistrationEntries");
        migrationBuilder.DropTable("RegistrationJournals");
    }
}
