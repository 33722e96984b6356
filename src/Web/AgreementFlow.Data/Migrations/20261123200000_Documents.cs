using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgreementFlow.Data.Migrations;

/// <summary>Document templates and their versions, the clause library, and every rendered version of an agreement's document.</summary>
[DbContext(typeof(AgreementFlowDbContext))]
[Migration("20261123200000_Documents")]
public sealed class Documents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Templates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 64, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Templates", x => x.Id);
                table.ForeignKey("FK_Templates_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "TemplateVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TemplateId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                Content = table.Column<string>(nullable: false),
                SampleData = table.Column<string>(nullable: false),
                ChangeNote = table.Column<string>(maxLength: 1000, nullable: true),
                CreatedByPersonId = table.Column<Guid>(nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                PublishedByPersonId = table.Column<Guid>(nullable: true),
                PublishedAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TemplateVersions", x => x.Id);
                table.ForeignKey("FK_TemplateVersions_Templates_TemplateId", x => x.TemplateId, "Templates", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "LibraryClauses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 64, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LibraryClauses", x => x.Id);
                table.ForeignKey("FK_LibraryClauses_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "LibraryClauseVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ClauseId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Text = table.Column<string>(nullable: false),
                Covers = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                PublishedAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LibraryClauseVersions", x => x.Id);
                table.ForeignKey("FK_LibraryClauseVersions_LibraryClauses_ClauseId", x => x.ClauseId, "LibraryClauses", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AgreementDocuments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AgreementId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                TemplateVersionId = table.Column<Guid>(nullable: false),
                DataSnapshot = table.Column<string>(nullable: false),
                Rendered = table.Column<string>(nullable: false),
                Html = table.Column<string>(nullable: false),
                HtmlSha256 = table.Column<string>(maxLength: 64, nullable: false),
                Docx = table.Column<byte[]>(nullable: false),
                DocxSha256 = table.Column<string>(maxLength: 64, nullable: false),
                PdfStatus = table.Column<string>(maxLength: 16, nullable: false),
                Pdf = table.Column<byte[]>(nullable: true),
                PdfSha256 = table.Column<string>(maxLength: 64, nullable: true),
                PdfError = table.Column<string>(maxLength: 2000, nullable: true),
                Reason = table.Column<string>(maxLength: 200, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                CreatedByPersonId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgreementDocuments", x => x.Id);
                table.ForeignKey("FK_AgreementDocuments_Agreements_AgreementId", x => x.AgreementId, "Agreements", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AgreementDocuments_TemplateVersions_TemplateVersionId", x => x.TemplateVersionId, "TemplateVersions", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_Templates_OrganizationId_Key", "Templates", ["OrganizationId", "Key"], unique: true);
        migrationBuilder.CreateIndex("IX_TemplateVersions_TemplateId_Version", "TemplateVersions", ["TemplateId", "Version"], unique: true);
        migrationBuilder.CreateIndex("IX_LibraryClauses_OrganizationId_Key", "LibraryClauses", ["OrganizationId", "Key"], unique: true);
        migrationBuilder.CreateIndex("IX_LibraryClauseVersions_ClauseId_Version", "LibraryClauseVersions", ["ClauseId", "Version"], unique: true);
        migrationBuilder.CreateIndex("IX_AgreementDocuments_AgreementId_Version", "AgreementDocuments", ["AgreementId", "Version"], unique: true);
        migrationBuilder.CreateIndex("IX_AgreementDocuments_PdfStatus", "AgreementDocuments", "PdfStatus");
        migrationBuilder.CreateIndex("IX_AgreementDocuments_TemplateVersionId", "AgreementDocuments", "TemplateVersionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "AgreementDocuments", "LibraryClauseVersions", "LibraryClauses", "TemplateVersions", "Templates" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
