using System.Collections.Concurrent;
using System.Net.Mail;
using System.Threading.Channels;
using AgreementFlow.Data.Mail;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Mail.Content;
using AgreementFlow.Web.Mail.Windows;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>
/// Sends due outbox rows: claims a batch (one node per row), decides for each whether it goes now, waits for its
/// recipient organisation's send window, or is not to be sent at all, then sends it and records the answer in the row.
/// </summary>
/// <remarks>
/// A row is marked sent only after the server accepted it (its 250 after the data), in the next commit: the results
/// that came back while the previous commit ran go together. The one way a message can go twice is a crash between
/// the server's acceptance and that commit (at-least-once); the Message-ID, the same on every attempt, lets a mail
/// client recognise the repeat.
/// </remarks>
public sealed partial class OutboxDispatcher(
    AgreementFlowDbContext db,
    MailComposer composer,
    MailTransport transport,
    IOrganizationTimeSource times,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Kinds told at once whatever the hour: a new task or a moved deadline is news the person may act on today.</summary>
    private static readonly HashSet<string> Unwindowed = new(StringComparer.Ordinal) { "task-assigned", "task-deadline-changed", "digest", "partner-link", Signing.SigningCodeMail.Kind };

    /// <summary>Kinds a person may turn off.</summary>
    private static readonly HashSet<string> NonEssential = new(StringComparer.Ordinal) { "task-reminder", "digest" };

    private readonly string _node = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <summary>Set when a send failed before the server answered (no connection, a timeout): this run stops there.</summary>
    private int _serverUnreachable;

    /// <summary>Set when this run paused the transport because the settings do not fit the server: once per run.</summary>
    private int _suspended;

    /// <summary>
    /// Completed once the run's first send is over, whatever its outcome: the other workers wait for it, so a server that
    /// is down or refuses the login sees one connection of this run, not one per worker.
    /// </summary>
    private readonly TaskCompletionSource _firstSendOver = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private int _firstSendTaken;

    /// <summary>
    /// Runs up to <paramref name="maxBatches"/> batches of due messages. Each batch is decided in turn (one database
    /// context) while up to <see cref="MailOptions.Parallelism"/> workers already send the messages decided so far, each
    /// over its own SMTP connection kept for the whole run; the results are committed together as they come back.
    /// </summary>
    public async Task<DispatchReport> DispatchAsync(int maxBatches, CancellationToken cancellationToken)
    {
        var report = DispatchReport.Empty;
        if (transport.Suspension is { } suspension)
        {
            // The settings did not fit the server a moment ago: nothing is claimed until the pause ends.
            LogSuspended(logger, suspension.UntilUtc, suspension.Reason);
            return report;
        }

        var senders = new ConcurrentBag<IMailSender>();
        try
        {
            for (var batch = 0; batch < maxBatches && Volatile.Read(ref _serverUnreachable) == 0; batch++)
            {
                var (claimed, claimedUntil) = await ClaimAsync(cancellationToken);
                if (claimed.Count == 0)
                {
                    break;
                }

                db.ChangeTracker.Clear();
                var rows = await db.OutboxMessages.Where(m => claimed.Contains(m.Id)).OrderBy(m => m.AvailableAtUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken);
                var context = await BatchContext.LoadAsync(db, rows, cancellationToken);
                var queue = Channel.CreateUnbounded<Send>(new UnboundedChannelOptions { SingleWriter = true });
                var results = Channel.CreateUnbounded<SendResult>();
                var sending = SendAllAsync(queue.Reader, results.Writer, senders, cancellationToken);
                try
                {
                    var remindedThisRun = new HashSet<(Guid?, Guid?)>();
                    foreach (var row in rows)
                    {
                        // A slow batch may outlive its claim: near its end, renew it, and leave the row if another node has taken it.
                        if (clock.GetUtcNow().UtcDateTime > claimedUntil - RenewalMargin && !await RenewClaimAsync(row.Id, cancellationToken))
                        {
                            db.Entry(row).State = EntityState.Detached;
                            continue;
                        }

                        var (outcome, send) = await PrepareAsync(row, context, remindedThisRun, cancellationToken);
                        if (send is not null)
                        {
                            // The workers send it now, while the next rows are decided; only this loop touches the database.
                            queue.Writer.TryWrite(send);
                            continue;
                        }

                        row.ClaimedBy = null;
                        row.ClaimedUntilUtc = null;
                        report = report.Add(outcome!.Value);
                    }
                }
                catch
                {
                    // What is already queued still goes (its rows stay claimed and come back once the claim lapses).
                    queue.Writer.Complete();
                    await sending;
                    throw;
                }

                queue.Writer.Complete();
                await db.SaveChangesAsync(cancellationToken);
                report = await RecordAllAsync(results.Reader, report, cancellationToken);
                await sending;
            }
        }
        finally
        {
            // QUIT on every connection still open: they live for one run, never idle between runs.
            foreach (var sender in senders)
            {
                await sender.DisposeAsync();
            }
        }

        return report;
    }

    /// <summary>
    /// Up to <see cref="MailOptions.Parallelism"/> workers, each sending the queued messages one after another with its
    /// own sender (a message's SMTP exchange is mostly waiting). They never touch the database: what the server said goes
    /// to <paramref name="results"/>.
    /// </summary>
    private Task SendAllAsync(ChannelReader<Send> queue, ChannelWriter<SendResult> results, ConcurrentBag<IMailSender> senders, CancellationToken cancellationToken)
    {
        var workers = Enumerable.Range(0, options.Value.Parallelism).Select(_ => Task.Run(async () =>
        {
            IMailSender? sender = null;
            try
            {
                await foreach (var send in queue.ReadAllAsync(cancellationToken))
                {
                    if (!_firstSendOver.Task.IsCompleted && Interlocked.Exchange(ref _firstSendTaken, 1) == 1)
                    {
                        await _firstSendOver.Task.WaitAsync(cancellationToken);
                    }

                    if (Volatile.Read(ref _serverUnreachable) != 0)
                    {
                        _firstSendOver.TrySetResult();
                        results.TryWrite(new SendResult(send, Attempted: false, null));
                        continue;
                    }

                    try
                    {
                        sender ??= senders.TryTake(out var pooled) ? pooled : transport.CreateSender();
                        await sender.SendAsync(new OutgoingMail(send.Row.Id, options.Value.From, send.Email, send.Name, send.Mail, composer.PreferencesUrl), cancellationToken);
                        transport.Succeeded();
                        results.TryWrite(new SendResult(send, Attempted: true, null));
                    }
                    catch (SmtpConfigurationException ex)
                    {
                        // The settings do not fit the server (a refused login, an untrusted certificate…): no message is at
                        // fault. The run stops, the message keeps its attempts and waits, and sending pauses.
                        Interlocked.Exchange(ref _serverUnreachable, 1);
                        if (Interlocked.Exchange(ref _suspended, 1) == 0)
                        {
                            var pause = transport.Suspend(DeliveryFailure.Describe(ex));
                            LogConfigurationFailed(logger, ex, pause.UntilUtc);
                        }

                        results.TryWrite(new SendResult(send, Attempted: false, ex));
                    }
                    catch (Exception ex) when (ex is SmtpException or IOException or FormatException or InvalidOperationException or System.Net.Sockets.SocketException)
                    {
                        if (ex is IOException or System.Net.Sockets.SocketException || (ex is SmtpException smtp && (int)smtp.StatusCode < 400))
                        {
                            // No answer from the server at all (or no usable session): the rest of this run waits, without an attempt counted.
                            // A message that cannot be written (FormatException) fails alone.
                            Interlocked.Exchange(ref _serverUnreachable, 1);
                        }

                        results.TryWrite(new SendResult(send, Attempted: true, ex));
                    }
                    finally
                    {
                        _firstSendOver.TrySetResult();
                    }
                }
            }
            finally
            {
                _firstSendOver.TrySetResult();
                if (sender is not null)
                {
                    senders.Add(sender);
                }
            }
        }, cancellationToken)).ToList();
        return Task.WhenAll(workers).ContinueWith(t => results.Complete(t.Exception), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Writes each result into its row and commits them together as they arrive: whatever came back during a commit goes in the next one.</summary>
    private async Task<DispatchReport> RecordAllAsync(ChannelReader<SendResult> results, DispatchReport report, CancellationToken cancellationToken)
    {
        while (await results.WaitToReadAsync(cancellationToken))
        {
            while (results.TryRead(out var result))
            {
                var row = result.Send.Row;
                row.ClaimedBy = null;
                row.ClaimedUntilUtc = null;
                if (result.Attempted)
                {
                    report = report.Add(Record(result.Send, result.Error));
                }
                else if (result.Error is not null)
                {
                    // Kept for an administrator, without an attempt spent: the message goes once the settings are right.
                    row.LastError = DeliveryFailure.Describe(result.Error);
                    report = report.Add(DispatchOutcome.Retrying);
                }
            }

            // Marked sent only after the server accepted them: only a crash in between could send one twice.
            await db.SaveChangesAsync(cancellationToken);
        }

        return report;
    }

    /// <summary>Time enough to send one message (its SMTP timeout) and commit, before a claim would lapse.</summary>
    private TimeSpan RenewalMargin => TimeSpan.FromSeconds(options.Value.TimeoutSeconds + 15);

    private async Task<bool> RenewClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.ClaimDuration;
        return await db.OutboxMessages
            .Where(m => m.Id == id && m.ClaimedBy == _node && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimedUntilUtc, until), cancellationToken) == 1;
    }

    /// <summary>Claims due, unclaimed rows for this node; the update re-checks each row, so of two nodes only one gets it.</summary>
    private async Task<(List<Guid> Ids, DateTime Until)> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.ClaimDuration;
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.AvailableAtUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.AvailableAtUtc)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return ([], until);
        }

        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.Status == OutboxStatus.Pending && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimedBy, _node).SetProperty(m => m.ClaimedUntilUtc, until), cancellationToken);
        var ids = await db.OutboxMessages.AsNoTracking()
            .Where(m => candidates.Contains(m.Id) && m.ClaimedBy == _node && m.ClaimedUntilUtc == until)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        return (ids, until);
    }

    /// <summary>Decides what becomes of a row: an outcome now (skipped, deferred, failed), or an e-mail to send.</summary>
    private async Task<(DispatchOutcome? Outcome, Send? Send)> PrepareAsync(OutboxMessage row, BatchContext context, HashSet<(Guid?, Guid?)> remindedThisRun, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (row.RecipientPersonId is not { } personId || !context.People.TryGetValue(personId, out var person))
        {
            return Decided(Fail(row, "No recipient: the message names no person, or the person no longer exists."));
        }

        var assignment = row.AssignmentId is { } assignmentId ? context.Assignments.GetValueOrDefault(assignmentId) : null;
        var preference = context.Preferences.GetValueOrDefault(personId) ?? new MailPreference { PersonId = personId };
        if (row.Kind is "task-reminder" or "task-escalation" && assignment is not null && assignment.Status != AssignmentStatus.Open)
        {
            return Decided(Skip(row, "The task was answered or closed before the reminder went out."));
        }

        if (NonEssential.Contains(row.Kind) && preference.UnsubscribedNonEssential)
        {
            return Decided(Skip(row, "The person unsubscribed from reminders and digests."));
        }

        // A digest lists tasks of an inbox; a partner's contact without an account has none and gets each reminder with their link.
        if (row.Kind == "task-reminder" && preference.ReminderDelivery == ReminderDelivery.Digest && person.CanSignIn)
        {
            return Decided(Skip(row, "Folded into the person's daily digest."));
        }

        // The organisation whose time and window apply: the task's when the recipient is its assignee, else the recipient's own.
        var organizationId = assignment is not null && assignment.AssigneePersonId == personId
            ? assignment.OrganizationId
            : context.OrganizationOf.GetValueOrDefault(personId) ?? assignment?.OrganizationId;
        var recipient = new MailRecipient(personId, person.FullName, person.Email, person.PreferredLanguage, organizationId, preference, person.CanSignIn);

        DateTime? windowOpening = null;
        if (!Unwindowed.Contains(row.Kind) && organizationId is { } orgId)
        {
            var time = await times.GetAsync(orgId, cancellationToken);
            var rule = SendWindowRule.Of(context.Windows.GetValueOrDefault(orgId));
            windowOpening = rule.CurrentOpeningUtc(now, time);
            var stagger = SendWindowRule.StaggerOf(row.Id, options.Value.Spread);
            if (windowOpening is null)
            {
                return Decided(Defer(row, rule.NextOpeningUtc(now, time) + stagger, "Outside the organisation's send window."));
            }

            // Came due before this window opened (the night, or downtime): spread over the first minutes, not all at once.
            if (rule.Enabled && row.Attempts == 0 && row.AvailableAtUtc < windowOpening && now < windowOpening + stagger)
            {
                return Decided(Defer(row, windowOpening.Value + stagger, "Spread over the window's first minutes."));
            }
        }

        if (row.Kind == "task-reminder" && await AlreadyRemindedAsync(row, windowOpening ?? now.AddHours(-12), cancellationToken))
        {
            return Decided(Skip(row, "The person was already reminded of this task in this window."));
        }

        RenderedMail? mail;
        try
        {
            mail = await composer.ComposeAsync(row, recipient, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            LogComposeFailed(logger, ex, row.Id);
            return Decided(Fail(row, "Could not be written: " + ex.Message));
        }

        if (mail is null)
        {
            return Decided(Skip(row, "Nothing left to tell: no pending task, or its subject is gone."));
        }

        if (row.Kind == "task-reminder" && !remindedThisRun.Add((row.AssignmentId, row.RecipientPersonId)))
        {
            return Decided(Skip(row, "The person was already reminded of this task in this window."));
        }

        return (null, new Send(row, person.Email, person.FullName, mail));
    }

    /// <summary>Writes what the server said into the row.</summary>
    private DispatchOutcome Record(Send send, Exception? error)
    {
        var row = send.Row;
        var now = clock.GetUtcNow().UtcDateTime;
        row.Attempts++;
        if (error is not null)
        {
            var reason = DeliveryFailure.Describe(error);
            if (DeliveryFailure.IsPermanent(error))
            {
                LogRejected(logger, row.Id, reason);
                return Fail(row, reason);
            }

            if (row.Attempts >= options.Value.MaxAttempts)
            {
                return Fail(row, $"Given up after {row.Attempts} attempts. Last: {reason}");
            }

            row.LastError = reason;
            row.AvailableAtUtc = now + Backoff(row.Attempts);
            return DispatchOutcome.Retrying;
        }

        row.Status = OutboxStatus.Sent;
        ForgetSecrets(row);
        row.SentAtUtc = now;
        row.LastError = null;
        row.LastResponse = options.Value.Mode == MailMode.Pickup
            ? $"Written to the pickup folder {transport.Destination}"
            : $"250 Accepted by {transport.Destination}";
        row.RecipientAddress = send.Email;
        row.Subject = send.Mail.Subject.Length > 500 ? send.Mail.Subject[..500] : send.Mail.Subject;
        return DispatchOutcome.Sent;
    }

    /// <summary>1, 2, 4, 8… times <see cref="MailOptions.RetryBase"/>, never more than <see cref="MailOptions.RetryCap"/>.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.Value.RetryBase.Ticks * factor, options.Value.RetryCap.Ticks));
        return delay;
    }

    private Task<bool> AlreadyRemindedAsync(OutboxMessage row, DateTime windowOpening, CancellationToken cancellationToken) =>
        db.OutboxMessages.AsNoTracking().AnyAsync(m =>
            m.Id != row.Id && m.AssignmentId == row.AssignmentId && m.Kind == row.Kind && m.RecipientPersonId == row.RecipientPersonId
            && m.Status == OutboxStatus.Sent && (m.SentAtUtc >= windowOpening || m.Payload == row.Payload), cancellationToken);

    private static (DispatchOutcome? Outcome, Send? Send) Decided(DispatchOutcome outcome) => (outcome, null);

    /// <summary>A message that will not be sent again keeps nothing secret: a signing code lives on only as its hash.</summary>
    private static void ForgetSecrets(OutboxMessage row)
    {
        if (row.Kind == Signing.SigningCodeMail.Kind)
        {
            row.Payload = Signing.SigningCodeMail.WithoutCode(row.Payload);
        }
    }

    private static DispatchOutcome Fail(OutboxMessage row, string reason)
    {
        ForgetSecrets(row);
        row.Status = OutboxStatus.Failed;
        row.LastError = reason.Length > 2000 ? reason[..2000] : reason;
        return DispatchOutcome.Failed;
    }

    private static DispatchOutcome Skip(OutboxMessage row, string reason)
    {
        ForgetSecrets(row);
        row.Status = OutboxStatus.Skipped;
        row.LastResponse = reason;
        return DispatchOutcome.Skipped;
    }

    private static DispatchOutcome Defer(OutboxMessage row, DateTime until, string reason)
    {
        row.AvailableAtUtc = until;
        row.LastResponse = reason;
        return DispatchOutcome.Deferred;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} could not be composed")]
    private static partial void LogComposeFailed(ILogger logger, Exception exception, Guid messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The Mail:Smtp settings do not fit the SMTP server; sending pauses until {UntilUtc}")]
    private static partial void LogConfigurationFailed(ILogger logger, Exception exception, DateTimeOffset untilUtc);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sending paused until {UntilUtc}: {Reason}")]
    private static partial void LogSuspended(ILogger logger, DateTimeOffset untilUtc, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} was rejected for good: {Reason}")]
    private static partial void LogRejected(ILogger logger, Guid messageId, string reason);

    /// <summary>An e-mail ready to go: its row, its address and its words.</summary>
    private sealed record Send(OutboxMessage Row, string Email, string Name, RenderedMail Mail);

    private sealed record SendResult(Send Send, bool Attempted, Exception? Error);
}
