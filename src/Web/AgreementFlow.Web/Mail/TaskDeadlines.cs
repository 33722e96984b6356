using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Api;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Instances;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Mail;

/// <summary><c>POST /api/tasks/{id}/deadline</c>: who may move a task's deadline, and the move itself.</summary>
internal static class TaskDeadlines
{
    public static async Task<IResult> ChangeAsync(
        Guid id, TaskEndpoints.DeadlineRequest request, CurrentUser user, WorkflowRuntime runtime, AgreementFlowDbContext db, Texts t, CancellationToken ct)
    {
        if (request.DueAt is not { } dueAt)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["dueAt"] = [t["Укажите новый срок с часовым поясом, например 2026-12-01T18:00:00+07:00."]] });
        }

        var instanceId = await db.TaskAssignments.Where(a => a.Id == id).Select(a => (Guid?)a.InstanceId).SingleOrDefaultAsync(ct);
        if (instanceId is null)
        {
            return ApiResults.NotFound(t["Задача не найдена."], t);
        }

        // The base (or applicant) organisation runs the route: its coordinator or director sets the pace.
        var owners = await db.WorkflowParties.Where(p => p.InstanceId == instanceId && (p.Role == PartyRole.Base || p.Role == PartyRole.Applicant))
            .Select(p => p.OrganizationId).ToListAsync(ct);
        var allowed = user.IsAdministrator
            || user.Memberships.Any(m => owners.Contains(m.OrganizationId) && m.Role is OrganizationRole.Coordinator or OrganizationRole.Director);
        if (!allowed)
        {
            return ApiResults.Forbidden(t["Срок задачи меняет координатор или директор организации, ведущей маршрут."], t);
        }

        return StepResults.From(await runtime.ChangeDeadlineAsync(id, dueAt.UtcDateTime, user.PersonId, ct), t);
    }
}
