using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgreementFlow.Data.Migrations;

/// <summary>The archive: records of archived agreements, their content-addressed files and the acts of destruction.</summary>
[DbContext(typeof(AgreementFlowDbContext))]
[Migration("20261123230000_Archive")]
public sealed class Archive : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ArchiveRecords",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SubjectId = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                BaseOrganizationId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Number = table.Column<string>(maxLength: 100, nullable: true),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Parties = table.Column<string>(maxLength: 2000, nullable: false),
                Programs = table.Column<string>(maxLength: 2000, nullable: false),
                Year = table.Column<int>(nullable: false),
                TermFrom = table.Column<DateOnly>(nullable: false),
                TermTo = table.Column<DateOnly>(nullable: false),
                EndedAs = table.Column<string>(maxLength: 32, nullable: false),
                ArchivedAtUtc = table.Column<DateTime>(nullable: false),
                RetentionEndsOn = table.Column<DateOnly>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                DestroyedAtUtc = table.Column<DateTime>(nullable: true),
                SearchText = table.Column<string>(maxLength: 6000, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ArchiveRecords", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ArchiveFiles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RecordId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                Length = table.Column<long>(nullable: false),
                Integrity = table.Column<string>(maxLength: 16, nullable: false),
                CheckedAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArchiveFiles", x => x.Id);
                table.ForeignKey("FK_ArchiveFiles_ArchiveRecords_RecordId", x => x.RecordId, "ArchiveRecords", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DestructionActs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RecordId = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: 100, nullable: true),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                RetentionEndsOn = table.Column<DateOnly>(nullable: false),
                Files = table.Column<string>(nullable: false),
                DestroyedByPersonId = table.Column<Guid>(nullable: false),
                DestroyedByName = table.Column<string>(maxLength: 200, nullable: false),
                DestroyedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DestructionActs", x => x.Id);
                table.ForeignKey("FK_DestructionActs_ArchiveRecords_RecordId", x => x.RecordId, "ArchiveRecords", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_ArchiveRecords_SubjectId", "ArchiveRecords", "SubjectId", unique: true);
        migrationBuilder.CreateIndex("IX_ArchiveRecords_RetentionEndsOn", "ArchiveRecords", "RetentionEndsOn");
        migrationBuilder.CreateIndex("IX_ArchiveFiles_RecordId", "ArchiveFiles", "RecordId");
        migrationBuilder.CreateIndex("IX_ArchiveFiles_Sha256", "ArchiveFiles", "Sha256");
        migrationBuilder.CreateIndex("IX_ArchiveFiles_CheckedAtUtc", "ArchiveFiles", "CheckedAtUtc");
        migrationBuilder.CreateIndex("IX_DestructionActs_RecordId", "DestructionActs", "RecordId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("DestructionActs");
        migrationBuilder.DropTable("ArchiveFiles");
        migrationBuilder.DropTable("ArchiveRecords");
    }
}
