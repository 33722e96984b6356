using AgreementFlow.Web.Common;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Definitions;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>One line of an agreement's history as the page says it: when, who (acting for whom), what, with which comment.</summary>
/// <param name="Sequence">The entry's place in the journal.</param>
/// <param name="When">Local time in the acting organisation's zone, with the offset.</param>
/// <param name="Who">The person who acted; null for the system.</param>
/// <param name="ActingFor">The absent person a substitute acted for («и.о.»).</param>
/// <param name="Organization">The organisation the person acted for.</param>
/// <param name="What">What happened, in words.</param>
/// <param name="Comment">The person's comment, as written.</param>
/// <param name="Automatic">Done by the system (an action, a timer), not by a person.</param>
/// <param name="Transition">Entering a stage: the consequence of the line before it, shown quieter.</param>
public sealed record TimelineEntry(int Sequence, string When, string? Who, string? ActingFor, string? Organization, string What, string? Comment, bool Automatic, bool Transition)
{
    /// <summary>Says a journal entry in words: a task's title and its outcome's, a command's, a stage's, an automatic action's.</summary>
    /// <param name="entry">The entry as <see cref="AgreementQueries.JournalAsync"/> reads it.</param>
    /// <param name="definition">The route the instance follows, for titles; null gives the ids.</param>
    /// <param name="automaticKey">The action run or the timer fired, for automatic entries.</param>
    /// <param name="t">The reader's words.</param>
    public static TimelineEntry From(JournalView entry, WorkflowDefinition? definition, string? automaticKey, Texts t)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(t);
        var lang = Texts.IsEnglish ? "en" : "ru";
        string StageTitle(string? id) => id is null ? "" : definition?.FindStage(id)?.Title.In(lang) ?? id;
        var stage = entry.FromStage is null ? null : definition?.FindStage(entry.FromStage);
        var task = entry.TaskId is null ? null : stage?.FindTask(entry.TaskId);
        var taskTitle = task?.Title.In(lang) ?? entry.TaskId ?? "";

        var what = entry.Kind switch
        {
            "started" => t["Договор создан, маршрут начат"],
            "stageEntered" when (entry.FromStage, entry.ToStage) is ("legal-review", "negotiation") => t.Format("Отправлено партнёру → этап «{0}»", StageTitle(entry.ToStage)),
            "stageEntered" when (entry.FromStage, entry.ToStage) is ("negotiation", "legal-review") => t.Format("Возвращено базовой организации → этап «{0}»", StageTitle(entry.ToStage)),
            "stageEntered" => t.Format("→ этап «{0}»", StageTitle(entry.ToStage)),
            "taskCompleted" => t.Format("«{0}»: {1}", taskTitle, task?.Outcomes.FirstOrDefault(o => o.Id == entry.Outcome)?.Title.In(lang) ?? entry.Outcome),
            "taskDelegated" => t.Format("Задача «{0}» передана коллеге", taskTitle),
            "deadlineChanged" => t.Format("Срок задачи «{0}» изменён", taskTitle),
            "taskReissued" => t.Format("«{0}»: согласование аннулировано, задача выдана снова", taskTitle),
            "commandRun" => stage?.Commands.FirstOrDefault(c => c.Id == entry.Outcome)?.Title.In(lang) ?? t.Format("Команда «{0}»", entry.Outcome),
            "timerFired" => TimerText(stage, automaticKey, StageTitle, t),
            "actionCompleted" => ActionText(automaticKey, t),
            "incidentRaised" => t["Сбой автоматического действия — администратор может повторить его"],
            "incidentRetried" => t["Действие повторено после сбоя"],
            "migrated" => t.Format("Переведён на новую версию маршрута: этап «{0}»", StageTitle(entry.ToStage)),
            _ => entry.Kind,
        };
        return new TimelineEntry(
            entry.Sequence,
            LocalTime.Format(entry.AtUtc, entry.TimeZone),
            entry.Actor?.Name,
            entry.ActingFor?.Name,
            entry.Organization,
            what,
            entry.Comment,
            entry.Actor is null,
            entry.Kind == "stageEntered");
    }

    private static string ActionText(string? action, Texts t) => action switch
    {
        "render-document" => t["Сформирован документ договора"],
        "assign-registration-number" => t["Присвоен регистрационный номер"],
        "archive" => t["Договор передан в архив"],
        "completion-certificate" => t["Сформирован сертификат завершения"],
        "notify" => t["Отправлено уведомление"],
        "start-amendment" => t["Начата подготовка дополнительного соглашения"],
        null => t["Выполнено автоматическое действие"],
        _ => t.Format("Выполнено действие «{0}»", action),
    };

    private static string TimerText(StageDefinition? stage, string? timerId, Func<string?, string> stageTitle, Texts t)
    {
        var timer = stage?.Timers.FirstOrDefault(x => x.Id == timerId);
        if (timer is { AtField: "term.to", OffsetDays: < 0 })
        {
            return t.Format("До окончания срока действия — {0} дн.", -timer.OffsetDays);
        }

        return stage?.Transitions.FirstOrDefault(x => x.Trigger == TransitionTrigger.Timer && x.Source == timerId) is { } transition
            ? t.Format("Наступил срок: этап «{0}»", stageTitle(transition.To))
            : t["Наступил срок"];
    }
}
