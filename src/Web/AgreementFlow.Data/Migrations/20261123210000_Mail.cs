using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgreementFlow.Data.Migrations;

/// <summary>E-mail: people's mail preferences, organisations' send windows, and the outbox's delivery columns.</summary>
[DbContext(typeof(AgreementFlowDbContext))]
[Migration("20261123210000_Mail")]
public sealed class Mail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("LastResponse", "OutboxMessages", maxLength: 2000, nullable: true);
        migrationBuilder.AddColumn<string>("RecipientAddress", "OutboxMessages", maxLength: 254, nullable: true);
        migrationBuilder.AddColumn<string>("Subject", "OutboxMessages", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<string>("ClaimedBy", "OutboxMessages", maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<DateTime>("ClaimedUntilUtc", "OutboxMessages", nullable: true);
        migrationBuilder.CreateIndex("IX_OutboxMessages_InstanceId", "OutboxMessages", "InstanceId");
        migrationBuilder.CreateIndex("IX_OutboxMessages_AssignmentId_Kind", "OutboxMessages", ["AssignmentId", "Kind"]);

        migrationBuilder.CreateTable(
            name: "MailPreferences",
            columns: table => new
            {
                PersonId = table.Column<Guid>(nullable: false),
                ReminderDelivery = table.Column<string>(maxLength: 16, nullable: false),
                DigestTime = table.Column<TimeOnly>(nullable: false),
                UnsubscribedNonEssential = table.Column<bool>(nullable: false),
                LastDigestDate = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MailPreferences", x => x.PersonId);
                table.ForeignKey("FK_MailPreferences_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SendWindows",
            columns: table => new
            {
                OrganizationId = table.Column<Guid>(nullable: false),
                From = table.Column<TimeOnly>(nullable: false),
                To = table.Column<TimeOnly>(nullable: false),
                Enabled = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SendWindows", x => x.OrganizationId);
                table.ForeignKey("FK_SendWindows_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SendWindows");
        migrationBuilder.DropTable("MailPreferences");
        migrationBuilder.DropIndex("IX_OutboxMessages_AssignmentId_Kind", "OutboxMessages");
        migrationBuilder.DropIndex("IX_OutboxMessages_InstanceId", "OutboxMessages");
        foreach (var column in new[] { "ClaimedUntilUtc", "ClaimedBy", "Subject", "RecipientAddress", "LastResponse" })
        {
            migrationBuilder.DropColumn(column, "OutboxMessages");
        }
    }
}
