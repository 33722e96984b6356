using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgreementFlow.Data.Migrations;

/// <summary>The directory (organisations, people, memberships, absences, programmes) and the working-day calendar.</summary>
/// <remarks>Hand-written and provider-neutral: no column types are named, so each database maps the CLR types itself.</remarks>
[DbContext(typeof(AgreementFlowDbContext))]
[Migration("20261123180000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Organizations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FullName = table.Column<string>(maxLength: 500, nullable: false),
                ShortName = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                RegionCode = table.Column<string>(maxLength: 8, nullable: false),
                TimeZoneId = table.Column<string>(maxLength: 64, nullable: false),
                Address = table.Column<string>(maxLength: 500, nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                Inn = table.Column<string>(maxLength: 12, nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Organizations", x => x.Id));

        migrationBuilder.CreateTable(
            name: "People",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FullName = table.Column<string>(maxLength: 200, nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                Phone = table.Column<string>(maxLength: 32, nullable: true),
                PreferredLanguage = table.Column<string>(maxLength: 8, nullable: false),
                IsAdministrator = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(maxLength: 256, nullable: true),
                FailedSignInCount = table.Column<int>(nullable: false),
                LockoutEndUtc = table.Column<DateTime>(nullable: true),
                SecurityStamp = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_People", x => x.Id));

        migrationBuilder.CreateTable(
            name: "CalendarDays",
            columns: table => new
            {
                RegionCode = table.Column<string>(maxLength: 8, nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                Note = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_CalendarDays", x => new { x.RegionCode, x.Date }));

        migrationBuilder.CreateTable(
            name: "Memberships",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 32, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Memberships", x => x.Id);
                table.ForeignKey("FK_Memberships_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Memberships_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Absences",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                From = table.Column<DateOnly>(nullable: false),
                To = table.Column<DateOnly>(nullable: false),
                SubstituteId = table.Column<Guid>(nullable: false),
                Note = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Absences", x => x.Id);
                table.ForeignKey("FK_Absences_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Absences_People_SubstituteId", x => x.SubstituteId, "People", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Programs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                Focus = table.Column<string>(maxLength: 32, nullable: false),
                Level = table.Column<string>(maxLength: 32, nullable: false),
                Hours = table.Column<int>(nullable: false),
                OwnerOrganizationId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Programs", x => x.Id);
                table.ForeignKey("FK_Programs_Organizations_OwnerOrganizationId", x => x.OwnerOrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_Organizations_ShortName", "Organizations", "ShortName", unique: true);
        migrationBuilder.CreateIndex("IX_People_Email", "People", "Email", unique: true);
        migrationBuilder.CreateIndex("IX_Memberships_PersonId_OrganizationId_Role", "Memberships", ["PersonId", "OrganizationId", "Role"], unique: true);
        migrationBuilder.CreateIndex("IX_Memberships_OrganizationId_Role", "Memberships", ["OrganizationId", "Role"]);
        migrationBuilder.CreateIndex("IX_Absences_PersonId_From", "Absences", ["PersonId", "From"]);
        migrationBuilder.CreateIndex("IX_Absences_SubstituteId", "Absences", "SubstituteId");
        migrationBuilder.CreateIndex("IX_Programs_OwnerOrganizationId_Name", "Programs", ["OwnerOrganizationId", "Name"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Absences");
        migrationBuilder.DropTable("Memberships");
        migrationBuilder.DropTable("Programs");
        migrationBuilder.DropTable("CalendarDays");
        migrationBuilder.DropTable("People");
        migrationBuilder.DropTable("Organizations");
    }
}
