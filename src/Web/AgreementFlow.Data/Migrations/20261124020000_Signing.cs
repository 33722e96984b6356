using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgreementFlow.Data.Migrations;

/// <summary>Signing: each party's method, one-time codes (hashed), the signatures and the files kept with them.</summary>
[DbContext(typeof(AgreementFlowDbContext))]
[Migration("20261124020000_Signing")]
public sealed class Signing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SigningMethodChoices",
            columns: table => new
            {
                AgreementId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Method = table.Column<string>(maxLength: 16, nullable: false),
                ChosenByPersonId = table.Column<Guid>(nullable: false),
                ChosenAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SigningMethodChoices", x => new { x.AgreementId, x.OrganizationId });
                table.ForeignKey("FK_SigningMethodChoices_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SigningCodes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: false),
                AssignmentId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                Salt = table.Column<string>(maxLength: 32, nullable: false),
                CodeHash = table.Column<string>(maxLength: 64, nullable: false),
                DocumentVersion = table.Column<int>(nullable: false),
                DocumentSha256 = table.Column<string>(maxLength: 64, nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                FailedAttempts = table.Column<int>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                ExpiresAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SigningCodes", x => x.Id);
                table.ForeignKey("FK_SigningCodes_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Signatures",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                AssignmentId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                PersonName = table.Column<string>(maxLength: 200, nullable: false),
                ActingForPersonId = table.Column<Guid>(nullable: true),
                ActingForName = table.Column<string>(maxLength: 200, nullable: true),
                OrganizationId = table.Column<Guid>(nullable: false),
                OrganizationName = table.Column<string>(maxLength: 300, nullable: false),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                Method = table.Column<string>(maxLength: 16, nullable: false),
                DocumentVersion = table.Column<int>(nullable: false),
                DocumentSha256 = table.Column<string>(maxLength: 64, nullable: false),
                DocumentFormat = table.Column<string>(maxLength: 8, nullable: false),
                SignedAtUtc = table.Column<DateTime>(nullable: false),
                IpAddress = table.Column<string>(maxLength: 64, nullable: true),
                UserAgent = table.Column<string>(maxLength: 500, nullable: true),
                FileId = table.Column<Guid>(nullable: true),
                CertificateSubject = table.Column<string>(maxLength: 1000, nullable: true),
                Verification = table.Column<string>(maxLength: 16, nullable: false),
                VerificationNote = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Signatures", x => x.Id);
                table.ForeignKey("FK_Signatures_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SigningFiles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                Length = table.Column<long>(nullable: false),
                Content = table.Column<byte[]>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                CreatedByPersonId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SigningFiles", x => x.Id);
                table.ForeignKey("FK_SigningFiles_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_SigningCodes_PersonId_AgreementId_CreatedAtUtc", "SigningCodes", ["PersonId", "AgreementId", "CreatedAtUtc"]);
        migrationBuilder.CreateIndex("IX_SigningCodes_AgreementId", "SigningCodes", "AgreementId");
        migrationBuilder.CreateIndex("IX_Signatures_AssignmentId", "Signatures", "AssignmentId", unique: true);
        migrationBuilder.CreateIndex("IX_Signatures_AgreementId", "Signatures", "AgreementId");
        migrationBuilder.CreateIndex("IX_SigningFiles_AgreementId", "SigningFiles", "AgreementId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SigningFiles");
        migrationBuilder.DropTable("Signatures");
        migrationBuilder.DropTable("SigningCodes");
        migrationBuilder.DropTable("SigningMethodChoices");
    }
}
