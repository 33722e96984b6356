using System.Text.Json.Nodes;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.CreditTransfers;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Tasks;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Tasks;

/// <summary>
/// One page per decision: what is asked, what it is about, who answered before, and the task's outcome
/// buttons. After an answer the person lands on their next task.
/// </summary>
public sealed partial class DetailModel(
    AgreementFlowDbContext db,
    WorkflowDefinitionRegistry definitions,
    AgreementQueries agreements,
    CreditTransferService creditTransfers,
    CreditTransferDecisions decisions,
    InboxQueries inbox,
    WorkflowRuntime runtime,
    CurrentUser me,
    Texts t) : FormPageModel
{
    /// <summary>The longest comment the runtime accepts.</summary>
    public const int CommentMaxLength = 4000;

    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The outcome id of the pressed button.</summary>
    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>Rendered once per page view: a double tap on a slow phone sends it twice and records one answer.</summary>
    [BindProperty]
    public string? AnswerKey { get; set; }

    /// <summary>The commission's per-student decisions on a credit-transfer <c>decide</c> task.</summary>
    [BindProperty]
    public IList<StudentDecisionRow> Decisions { get; set; } = [];

    /// <summary>A cohort shortcut: every student left without a decision is credited in full.</summary>
    [BindProperty]
    public bool CreditRestInFull { get; set; }

    /// <summary>The colleague chosen in the delegation form.</summary>
    [BindProperty]
    public Guid? DelegateTo { get; set; }

    /// <summary>The answer came too late: someone else answered, or the route moved on.</summary>
    public bool Conflicted { get; private set; }

    /// <summary>The Russian name of a student's decision (the source text of its translation).</summary>
    public static string DecisionTitle(string decision) => decision switch
    {
        "full" => "Зачесть полностью",
        "partial" => "Зачесть частично",
        "refused" => "Отказать в зачёте",
        _ => "не принято",
    };

    /// <summary>Plain approval stands out; answers that need a comment are secondary; a rejection is red.</summary>
    public static string ButtonClass(OutcomeView outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Id == "reject" ? "danger" : outcome.RequiresComment ? "secondary" : "primary";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        AnswerKey = Guid.NewGuid().ToString("N");
        Decisions = [.. (Transfer?.Students ?? []).Select(s => new StudentDecisionRow
        {
            StudentId = s.Id,
            Decision = s.Decision == "pending" ? null : s.Decision,
            CreditedHours = s.Decision == "partial" ? s.CreditedHours : null,
            Reason = s.Reason,
        })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!IsOpen)
        {
            return Conflict(t["Пока страница была открыта, задачу уже решили или договор перешёл на другой этап. Ваше решение не записано."]);
        }

        var errors = new FieldErrors();
        var outcome = Task.Outcomes.FirstOrDefault(o => o.Id == Outcome);
        var comment = string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim();
        if (outcome is null)
        {
            errors.Add("outcome", t["Выберите решение — нажмите одну из кнопок."]);
        }
        else if (outcome.RequiresComment && comment is null)
        {
            errors.Add("comment", t.Format("Для решения «{0}» напишите комментарий: что исправить или почему.", outcome.Title));
        }

        if (comment is { Length: > CommentMaxLength })
        {
            errors.Add("comment", t.Format("Не длиннее {0} символов (сейчас {1}).", CommentMaxLength, comment.Length));
        }

        JsonObject? data = null;
        if (IsDecideTask)
        {
            if (CreditRestInFull)
            {
                foreach (var row in Decisions.Where(d => string.IsNullOrWhiteSpace(d.Decision)))
                {
                    row.Decision = "full";
                }
            }

            var decisionsJson = new JsonArray([.. Decisions.Select(d => (JsonNode)new JsonObject
            {
                ["studentId"] = d.StudentId?.ToString(),
                ["decision"] = d.Decision,
                ["creditedHours"] = d.CreditedHours,
                ["reason"] = d.Reason,
            })]);
            if (await decisions.PrepareAsync(Id, new JsonObject { ["decisions"] = decisionsJson }, cancellationToken) is { } prepared)
            {
                foreach (var (field, messages) in prepared.Errors?.ToDictionary() ?? new Dictionary<string, string[]>())
                {
                    foreach (var message in messages)
                    {
                        errors.Add(field, message);
                    }
                }

                data = prepared.Patch;
            }
        }

        if (!errors.IsEmpty)
        {
            // The decisions may already sit on tracked student rows: none of them may be saved with a refused answer.
            db.ChangeTracker.Clear();
            return ShowFailure(CommandResult<Unit>.Invalid(errors))!;
        }

        var key = string.IsNullOrWhiteSpace(AnswerKey) || AnswerKey.Length > 64 ? null : "task-page:" + AnswerKey;
        var result = await runtime.CompleteTaskAsync(new CompleteTask(Id, me.PersonId, outcome!.Id, comment, IdempotencyKey: key, Data: data), cancellationToken);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return await RefusedAsync(result, cancellationToken);
        }

        var subject = Agreement?.Title ?? (Transfer is { } tr ? $"«{tr.SourceProgramName}» → {tr.TargetUnit}" : "");
        return await NextTaskAsync(t.Format("Решение принято: «{0}» — {1}.", outcome.Title, subject), cancellationToken);
    }

    public async Task<IActionResult> OnPostDelegateAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!IsOpen)
        {
            return Conflict(t["Эта задача уже решена: передать её нельзя."]);
        }

        if (DelegateTo is not { } colleague || Colleagues.All(c => c.Id != colleague))
        {
            var errors = new FieldErrors();
            errors.Add("delegateTo", t["Выберите коллегу из списка."]);
            return ShowFailure(CommandResult<Unit>.Invalid(errors))!;
        }

        var result = await runtime.DelegateTaskAsync(Id, me.PersonId, colleague, cancellationToken);
        if (!result.Succeeded)
        {
            return await RefusedAsync(result, cancellationToken);
        }

        TempData["Notice"] = t.Format("Задача «{0}» передана: {1}. Она пропала из ваших входящих и появилась у коллеги.", Task.Title, Colleagues.First(c => c.Id == colleague).Name);
        return Redirect("/inbox#main");
    }

    /// <summary>Shows a refused step: 403/404 as their pages, a late answer as 409 with a reload link, a bad field next to it.</summary>
    private async Task<IActionResult> RefusedAsync(StepResult result, CancellationToken cancellationToken)
    {
        switch (result.Status)
        {
            case StepStatus.NotFound:
                return NotFound();
            case StepStatus.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
        }

        // Read again: what the person sees next to the message must be the state that refused them.
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (result.Status == StepStatus.Conflict || !IsOpen)
        {
            return Conflict(t["Пока страница была открыта, задачу уже решили или договор перешёл на другой этап. Ваше решение не записано."]);
        }

        var errors = new FieldErrors();
        errors.Add(result.Field switch
        {
            "comment" => "comment",
            "personId" => "delegateTo",
            _ => "outcome",
        }, result.Field switch
        {
            "comment" => t["Для этого решения нужен комментарий (не длиннее 4000 символов)."],
            "personId" => t["Передать можно только коллеге с той же ролью в той же организации."],
            // A stage-exit guard's refusal (a statutory clause missing) says itself what to fix.
            _ when result.Reasons is { Count: > 0 } => result.Message ?? string.Join("; ", result.Reasons),
            _ => t["Такое решение сейчас принять нельзя. Обновите страницу."],
        });
        return ShowFailure(CommandResult<Unit>.Invalid(errors))!;
    }

    private IActionResult Conflict(string message)
    {
        Conflicted = true;
        AnswerKey = Guid.NewGuid().ToString("N");
        return ShowFailure(CommandResult<Unit>.Conflict(message))!;
    }

    private async Task<IActionResult> NextTaskAsync(string notice, CancellationToken cancellationToken)
    {
        var mine = await inbox.MineAsync(me, cancellationToken);
        if (mine.Count == 0)
        {
            TempData["Notice"] = notice + " " + t["Больше задач нет."];
            return Redirect("/inbox#main");
        }

        TempData["Notice"] = notice + " " + t["Следующая задача — ниже."];
        // An explicit fragment: without one the browser would keep the form's #decision and skip the next summary.
        return Redirect($"/tasks/{mine[0].Task.Id}#main");
    }

    public sealed class StudentDecisionRow
    {
        public Guid? StudentId { get; set; }

        /// <summary>full, partial or refused.</summary>
        public string? Decision { get; set; }

        public int? CreditedHours { get; set; }

        public string? Reason { get; set; }
    }
}
