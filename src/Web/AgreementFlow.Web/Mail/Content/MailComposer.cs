using System.Globalization;
using System.Text.Json;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Calendars;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Mail.Content;

/// <summary>Turns an outbox row into the words of its e-mail, read fresh from the database at sending time.</summary>
public sealed class MailComposer(
    AgreementFlowDbContext db,
    WorkflowDefinitionRegistry definitions,
    IOrganizationTimeSource times,
    MailTemplates templates,
    IOptions<MailOptions> options,
    TimeProvider clock,
    Signing.SigningCodeMail signingCodes,
    PartnerAccess.PartnerLinkMail partnerLinks)
{
    /// <summary>Where a person sets what e-mail they get; <c>List-Unsubscribe</c> points here.</summary>
    public string PreferencesUrl => Url("/account/notifications");

    /// <summary>The e-mail of <paramref name="message"/> for <paramref name="recipient"/>; null when there is nothing left to say (a digest with no pending task).</summary>
    public async Task<RenderedMail?> ComposeAsync(OutboxMessage message, MailRecipient recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(recipient);
        var language = recipient.Language == "en" ? "en" : "ru";
        var model = new Dictionary<string, object?>(StringComparer.Ordinal) { ["recipientName"] = recipient.FullName };
        var kind = message.Kind;
        string? calendar = null;
        var zone = await ZoneOfAsync(recipient.OrganizationId, cancellationToken);
        if (kind == "digest")
        {
            var tasks = await PendingTasksAsync(recipient.PersonId, language, zone, cancellationToken);
            if (tasks.Count == 0)
            {
                return null;
            }

            model["tasks"] = tasks;
            model["count"] = tasks.Count;
            model["overdueCount"] = tasks.Count(t => (bool)t["overdue"]!);
            model["date"] = DateOnly.FromDateTime(zone.ToLocal(clock.GetUtcNow())).ToString(language == "en" ? "d MMMM yyyy" : "d MMMM yyyy 'г.'", Culture(language));
            model["inboxLink"] = Url("/inbox");
        }
        else if (message.AssignmentId is { } assignmentId && kind.StartsWith("task-", StringComparison.Ordinal))
        {
            var facts = await TaskFactsAsync(assignmentId, language, cancellationToken);
            if (facts is null)
            {
                return null;
            }

            var (assignment, taskTitle, subjectTitle, subjectId) = facts.Value;
            var due = assignment.DueAtUtc;
            model["taskTitle"] = taskTitle;
            model["subjectTitle"] = subjectTitle;
            model["link"] = Url($"/tasks/{assignment.Id}");
            if (!recipient.CanSignIn)
            {
                // A partner's contact cannot sign in: the task opens through their link to the agreement, not the inbox.
                (model["link"], model["coordinator"]) = await partnerLinks.ForLinkOnlyPersonAsync(recipient.PersonId, subjectId, cancellationToken);
            }

            model["deadline"] = due is { } d ? DeadlineText.Format(d, zone, language) : null;
            model["overdue"] = kind == "task-reminder" && due is { } overdueAt && overdueAt <= clock.GetUtcNow().UtcDateTime;
            // A task given again (an approval voided by a change of text) says why and links the redline.
            var reissue = JsonDocument.Parse(message.Payload).RootElement;
            model["reason"] = reissue.TryGetProperty("reason", out var reason) ? reason.GetString() : null;
            model["redline"] = reissue.TryGetProperty("redline", out var redline) && redline.GetString() is { } path ? Url(path) : null;
            if (kind == "task-escalation")
            {
                model["assigneeName"] = await db.People.AsNoTracking().Where(p => p.Id == assignment.AssigneePersonId).Select(p => p.FullName).SingleOrDefaultAsync(cancellationToken) ?? "—";
            }

            if (due is { } dueAt && kind is "task-assigned" or "task-reminder" or "task-deadline-changed")
            {
                // The SEQUENCE counts the deadline's moves up to this message: a calendar keeps the latest deadline in the task's one entry.
                var sequence = await db.OutboxMessages.AsNoTracking().CountAsync(
                    m => m.AssignmentId == assignment.Id && m.Kind == "task-deadline-changed" && m.CreatedAtUtc <= message.CreatedAtUtc, cancellationToken);
                // The task's own address, never a partner's link: a calendar entry is shared more widely than an e-mail.
                var taskUrl = Url($"/tasks/{assignment.Id}");
                calendar = IcsCalendar.Build(assignment.Id, $"{taskTitle} — {subjectTitle}", taskUrl, taskUrl, dueAt, zone, message.CreatedAtUtc, sequence);
            }
        }
        else if (kind == PartnerAccess.PartnerAccessService.MailKind)
        {
            if (!await partnerLinks.FillAsync(message, model, language, zone, cancellationToken))
            {
                return null;
            }
        }
        else
        {
            if (!await SubjectFactsAsync(message, model, language, cancellationToken))
            {
                return null;
            }

            if (kind == Signing.SigningCodeMail.Kind && !signingCodes.AddTo(message.Payload, model, options.Value.PublicUrl, language))
            {
                return null;
            }

            kind = templates.Has(kind) ? kind : "notify";
        }

        if (!templates.Has(kind))
        {
            throw new InvalidOperationException($"Outbox message {message.Id}: no e-mail template for the kind '{message.Kind}'.");
        }

        var footer = language == "en" ? "Choose which e-mails you get" : "Настроить уведомления";
        var (subject, text, html) = templates.Render(kind, language, model, footer, PreferencesUrl);
        return new RenderedMail(subject, text, html, calendar, kind == "digest");
    }

    private async Task<(TaskAssignment Assignment, string TaskTitle, string SubjectTitle, Guid SubjectId)?> TaskFactsAsync(Guid assignmentId, string language, CancellationToken cancellationToken)
    {
        var assignment = await db.TaskAssignments.AsNoTracking().Include(a => a.HumanTask).SingleOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment is null)
        {
            return null;
        }

        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == assignment.InstanceId, cancellationToken);
        var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
        var taskTitle = definition?.FindStage(assignment.HumanTask!.Stage)?.FindTask(assignment.HumanTask.TaskId)?.Title.In(language) ?? assignment.HumanTask!.TaskId;
        return (assignment, taskTitle, await SubjectTitleAsync(instance.SubjectId, language, cancellationToken), instance.SubjectId);
    }

    private async Task<List<Dictionary<string, object?>>> PendingTasksAsync(Guid personId, string language, IanaTimeZone zone, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.TaskAssignments.AsNoTracking().Include(a => a.HumanTask)
            .Where(a => a.AssigneePersonId == personId && a.Status == AssignmentStatus.Open)
            .OrderBy(a => a.DueAtUtc == null ? 1 : 0).ThenBy(a => a.DueAtUtc).ThenBy(a => a.CreatedAtUtc)
            .Take(100)
            .ToListAsync(cancellationToken);
        var instanceIds = rows.Select(r => r.InstanceId).Distinct().ToList();
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var result = new List<Dictionary<string, object?>>();
        foreach (var row in rows)
        {
            var instance = instances[row.InstanceId];
            var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
            result.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["taskTitle"] = definition?.FindStage(row.HumanTask!.Stage)?.FindTask(row.HumanTask.TaskId)?.Title.In(language) ?? row.HumanTask!.TaskId,
                ["subjectTitle"] = await SubjectTitleAsync(instance.SubjectId, language, cancellationToken),
                ["deadline"] = row.DueAtUtc is { } due ? DeadlineText.Format(due, zone, language) : null,
                ["overdue"] = row.DueAtUtc is { } overdueAt && overdueAt <= now,
                ["link"] = Url($"/tasks/{row.Id}"),
            });
        }

        // Overdue first (the query already ordered each group by deadline).
        return [.. result.OrderByDescending(t => (bool)t["overdue"]!)];
    }

    private async Task<bool> SubjectFactsAsync(OutboxMessage message, Dictionary<string, object?> model, string language, CancellationToken cancellationToken)
    {
        if (message.InstanceId is not { } instanceId)
        {
            return false;
        }

        var instance = await db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null)
        {
            return false;
        }

        var payload = JsonDocument.Parse(message.Payload).RootElement;
        var stage = payload.TryGetProperty("stage", out var s) ? s.GetString() ?? instance.Stage : instance.Stage;
        model["subjectTitle"] = await SubjectTitleAsync(instance.SubjectId, language, cancellationToken);
        model["stageTitle"] = definitions.Find(instance.DefinitionId, instance.DefinitionVersion)?.FindStage(stage)?.Title.In(language) ?? stage;
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Id == instance.SubjectId).Select(a => new { a.TermTo }).SingleOrDefaultAsync(cancellationToken);
        model["link"] = Url(agreement is null ? "/inbox" : $"/agreements/{instance.SubjectId}");
        if (agreement is not null)
        {
            model["termTo"] = agreement.TermTo.ToString(language == "en" ? "d MMMM yyyy" : "d MMMM yyyy 'г.'", Culture(language));
            model["daysLeft"] = agreement.TermTo.DayNumber - DateOnly.FromDateTime(message.CreatedAtUtc).DayNumber;
        }

        return true;
    }

    private async Task<string> SubjectTitleAsync(Guid subjectId, string language, CancellationToken cancellationToken)
    {
        var title = await db.Agreements.AsNoTracking().Where(a => a.Id == subjectId).Select(a => a.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is not null)
        {
            return title;
        }

        var transfer = await db.CreditTransfers.AsNoTracking().Where(c => c.Id == subjectId)
            .Select(c => new { c.SourceProgramName, c.TargetUnit }).SingleOrDefaultAsync(cancellationToken);
        return transfer is null ? "—" : language == "en"
            ? $"Credit transfer: “{transfer.SourceProgramName}” → {transfer.TargetUnit}"
            : $"Зачёт: «{transfer.SourceProgramName}» → {transfer.TargetUnit}";
    }

    private async Task<IanaTimeZone> ZoneOfAsync(Guid? organizationId, CancellationToken cancellationToken) =>
        organizationId is { } id ? (await times.GetAsync(id, cancellationToken)).Zone : IanaTimeZone.Moscow;

    private string Url(string path) => options.Value.PublicUrl.TrimEnd('/') + path;

    private static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "ru-RU");
}
