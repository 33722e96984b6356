using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Data.CreditTransfers;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.CreditTransfers;

/// <summary>
/// Checks the per-student decisions that come with the commission's <c>decide</c> answer, writes them to
/// the students' rows (saved in the same transaction as the answer) and hands the route the summary its
/// guard reads (<c>decision.refusedAll</c>).
/// </summary>
public sealed class CreditTransferDecisions(AgreementFlowDbContext db, Texts t)
{
    public const string DecideTask = "decide";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Null when the answer is not a credit-transfer decision; else the errors or the data to merge.</summary>
    public async Task<(FieldErrors? Errors, JsonObject? Patch)?> PrepareAsync(Guid assignmentId, JsonObject? data, CancellationToken cancellationToken)
    {
        var target = await db.TaskAssignments.AsNoTracking()
            .Where(a => a.Id == assignmentId)
            .Select(a => new { a.HumanTask!.TaskId, a.InstanceId })
            .SingleOrDefaultAsync(cancellationToken);
        if (target is null || target.TaskId != DecideTask)
        {
            return null;
        }

        var instance = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == target.InstanceId)
            .Select(i => new { i.SubjectKind, i.SubjectId }).SingleAsync(cancellationToken);
        if (instance.SubjectKind != SubjectKind.CreditTransfer)
        {
            return null;
        }

        var transfer = await db.CreditTransfers.Include(c => c.Students).SingleAsync(c => c.Id == instance.SubjectId, cancellationToken);
        var errors = new FieldErrors();
        List<StudentDecisionInput> decisions;
        try
        {
            decisions = data?["decisions"]?.Deserialize<List<StudentDecisionInput>>(Json) ?? [];
        }
        catch (JsonException)
        {
            errors.Add("data.decisions", t["Решения — список {studentId, decision, creditedHours, reason}."]);
            return (errors, null);
        }

        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            var field = $"data.decisions[{i}]";
            var student = transfer.Students.FirstOrDefault(s => s.Id == d.StudentId);
            if (student is null)
            {
                errors.Add($"{field}.studentId", t["Такого обучающегося нет в заявлении."]);
                continue;
            }

            var rules = new InputRules(t, errors);
            var decision = rules.Choice<CreditDecision>($"{field}.decision", d.Decision);
            var reason = rules.Optional($"{field}.reason", d.Reason, 1000);
            if (decision == CreditDecision.Pending)
            {
                errors.Add($"{field}.decision", t["Решение: full, partial или refused."]);
            }

            if (decision is CreditDecision.Partial or CreditDecision.Refused && reason is null)
            {
                errors.Add($"{field}.reason", t["Укажите причину частичного зачёта или отказа."]);
            }

            if ((decision == CreditDecision.Partial && d.CreditedHours is null or < 1) || d.CreditedHours > transfer.RequiredHours)
            {
                errors.Add($"{field}.creditedHours", t.Format("Для частичного зачёта укажите зачтённые часы: от 1 до {0}.", transfer.RequiredHours));
            }

            student.Decision = decision;
            student.Reason = reason;
            student.CreditedHours = decision switch
            {
                CreditDecision.Full => transfer.RequiredHours,
                CreditDecision.Partial => d.CreditedHours,
                _ => null,
            };
        }

        var undecided = transfer.Students.Where(s => !decisions.Any(d => d.StudentId == s.Id)).ToList();
        if (undecided.Count > 0)
        {
            errors.Add("data.decisions", t.Format("Нет решения для {0} обучающихся: решение принимается по каждому.", undecided.Count));
        }

        if (!errors.IsEmpty)
        {
            db.ChangeTracker.Clear();
            return (errors, null);
        }

        return (null, new JsonObject
        {
            ["decision"] = new JsonObject
            {
                ["full"] = transfer.Students.Count(s => s.Decision == CreditDecision.Full),
                ["partial"] = transfer.Students.Count(s => s.Decision == CreditDecision.Partial),
                ["refused"] = transfer.Students.Count(s => s.Decision == CreditDecision.Refused),
                ["refusedAll"] = transfer.Students.All(s => s.Decision == CreditDecision.Refused),
            },
        });
    }
}
