using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Mail;
using AgreementFlow.Web.Mail.Delivery;
using AgreementFlow.Workflows.Runtime.Outbox;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Admin.Outbox;

/// <summary>The e-mail outbox for administrators: queued, sent, failed (with the server's answer and a retry), skipped.</summary>
public sealed class IndexModel(MailQueries mail, MailTransport transport, Texts t) : FormPageModel
{
    /// <summary>Sending paused on this node because the <c>Mail:Smtp</c> settings do not fit the server (a refused login, say): until when and why.</summary>
    public TransportSuspension? Paused => transport.Suspension;

    [FromQuery(Name = "status")]
    public string? StatusFilter { get; set; }

    public OutboxStatus? Status { get; private set; }

    public IReadOnlyList<OutboxRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (StatusFilter is not null)
        {
            if (!Enum.TryParse<OutboxStatus>(StatusFilter, ignoreCase: true, out var status) || !Enum.IsDefined(status))
            {
                return BadRequest();
            }

            Status = status;
        }

        Counts = await mail.CountsAsync(cancellationToken);
        Rows = await mail.ListAsync(Status, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await mail.RetryAsync(id, cancellationToken);
        if (ShowFailure(result) is { } failure)
        {
            Counts = await mail.CountsAsync(cancellationToken);
            Rows = await mail.ListAsync(null, cancellationToken);
            return failure;
        }

        TempData["Notice"] = t["Письмо снова в очереди и уйдёт в ближайшие секунды."];
        return RedirectToPage(new { status = "pending" });
    }

    public string StatusTitle(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => t["В очереди"],
        OutboxStatus.Sent => t["Отправлено"],
        OutboxStatus.Failed => t["Ошибка"],
        _ => t["Не отправлено"],
    };

    public string KindTitle(string kind) => kind switch
    {
        "task-assigned" => t["Новая задача"],
        "task-reminder" => t["Напоминание"],
        "task-escalation" => t["Эскалация"],
        "digest" => t["Сводка"],
        "agreement-expiring" => t["Окончание срока договора"],
        "task-deadline-changed" => t["Срок изменён"],
        _ => kind,
    };
}
