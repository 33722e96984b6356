using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgreementFlow.Data.Migrations;

/// <summary>
/// The board's counts by organisation and stage, counted once here from the agreements already stored, and the
/// index that walks one stage's agreements by deadline (overdue first) without reading the others.
/// </summary>
[DbContext(typeof(AgreementFlowDbContext))]
[Migration("20261124030000_BoardCounts")]
public sealed class BoardCounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AgreementStageCounts",
            columns: table => new
            {
                OrganizationId = table.Column<Guid>(nullable: false),
                Stage = table.Column<string>(maxLength: 64, nullable: false),
                Count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AgreementStageCounts", x => new { x.OrganizationId, x.Stage }));

        migrationBuilder.Sql(AgreementStageCounter.RecountSql);

        migrationBuilder.CreateIndex(
            name: "IX_Agreements_Stage_NearestDueAtUtc",
            table: "Agreements",
            columns: ["Stage", "NearestDueAtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Agreements_Stage_NearestDueAtUtc", table: "Agreements");
        migrationBuilder.DropTable(name: "AgreementStageCounts");
    }
}
