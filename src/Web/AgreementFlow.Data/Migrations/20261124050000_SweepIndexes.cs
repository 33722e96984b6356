using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgreementFlow.Data.Migrations;

/// <summary>
/// The timer sweep's indexes: pending timers only, one partial index for reminders and deadlines and one for stage
/// timers and actions, instead of one index over every status. Firing a timer removes it from a small index rather
/// than moving it inside a large one, and neither take walks past due rows of the other kind. The instance's index
/// loses its status column for the same reason (an instance has a handful of timers; its pending ones are found by
/// filtering them).
/// </summary>
[DbContext(typeof(AgreementFlowDbContext))]
[Migration("20261124050000_SweepIndexes")]
public sealed class SweepIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_WorkflowTimers_Status_DueAtUtc", "WorkflowTimers");
        migrationBuilder.DropIndex("IX_WorkflowTimers_InstanceId_Status", "WorkflowTimers");
        migrationBuilder.CreateIndex("IX_WorkflowTimers_InstanceId", "WorkflowTimers", "InstanceId");
        migrationBuilder.CreateIndex("IX_WorkflowTimers_DueAtUtc_PendingReminders", "WorkflowTimers", "DueAtUtc",
            filter: "\"Status\" = 'Pending' AND \"Kind\" IN ('Reminder', 'TaskDue')");
        migrationBuilder.CreateIndex("IX_WorkflowTimers_DueAtUtc_PendingSteps", "WorkflowTimers", "DueAtUtc",
            filter: "\"Status\" = 'Pending' AND \"Kind\" IN ('Stage', 'Action')");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_WorkflowTimers_DueAtUtc_PendingSteps", "WorkflowTimers");
        migrationBuilder.DropIndex("IX_WorkflowTimers_DueAtUtc_PendingReminders", "WorkflowTimers");
        migrationBuilder.DropIndex("IX_WorkflowTimers_InstanceId", "WorkflowTimers");
        migrationBuilder.CreateIndex("IX_WorkflowTimers_InstanceId_Status", "WorkflowTimers", ["InstanceId", "Status"]);
        migrationBuilder.CreateIndex("IX_WorkflowTimers_Status_DueAtUtc", "WorkflowTimers", ["Status", "DueAtUtc"]);
    }
}
