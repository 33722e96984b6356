using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Mail.Delivery;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Bench;

/// <summary>
/// E-mail: 100,000 due reminders turned into outbox rows by the timer sweep (goal ≤ 10 s), then the dispatcher
/// sending new-task e-mails (HTML, text, .ics) to a local aiosmtpd over SMTP (goal ≥ 200 e-mails/s).
/// </summary>
internal static class MailBench
{
    public static async Task RunAsync(IServiceProvider services, int reminders, int emails, int smtpPort)
    {
        await QueueRemindersAsync(services, reminders);
        if (emails > 0)
        {
            // BENCH_MAIL_EMAILS=0 measures the reminders alone.
            await DispatchAsync(services, emails, smtpPort);
        }
    }

    private static async Task QueueRemindersAsync(IServiceProvider services, int reminders)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            var open = await OpenTasksAsync(db);
            if (open.Count == 0)
            {
                Console.WriteLine("mail: no open tasks to remind of");
                return;
            }

            // Deadlines a month ahead: each due "before" reminder queues one e-mail and schedules the next reminder in the
            // future, so the figure is reminders turned into rows, not a chain of stale ones catching up.
            var ids = open.Select(t => t.Id).ToList();
            var ahead = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(30);
            await db.TaskAssignments.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(u => u.SetProperty(a => a.DueAtUtc, ahead));
            await SweepBench.AddDueRemindersAsync(db, [.. open.Select(t => (t.Id, t.InstanceId, t.Stage))], reminders);
        }

        var before = await CountAsync(services, "task-reminder");
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().RunDueTimersAsync(10, CancellationToken.None) == 0)
            {
                break;
            }
        }

        stopwatch.Stop();
        var rows = await CountAsync(services, "task-reminder") - before;
        Console.WriteLine($"mail: {reminders:N0} due reminders → {rows:N0} outbox rows in {stopwatch.Elapsed.TotalSeconds:F1} s ({rows / stopwatch.Elapsed.TotalSeconds:F0}/s); goal ≤ 10 s");
    }

    private static async Task DispatchAsync(IServiceProvider services, int emails, int smtpPort)
    {
        // The reminders above stay out of the way (sent as digests); the dispatch figure is for new-task e-mails, which
        // carry everything a message can: text, HTML, the deadline in local time and the .ics.
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending).ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, OutboxStatus.Skipped));
            var open = await OpenTasksAsync(db);
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < emails; i++)
            {
                var task = open[i % open.Count];
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(),
                    Kind = "task-assigned",
                    InstanceId = task.InstanceId,
                    AssignmentId = task.Id,
                    RecipientPersonId = task.PersonId,
                    Payload = "{}",
                    CreatedAtUtc = now,
                    AvailableAtUtc = now,
                });
            }

            await db.SaveChangesAsync();
        }

        var maildir = Directory.CreateTempSubdirectory("agreementflow-bench-maildir-").FullName;
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }

        using var server = Process.Start(new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{smtpPort}", "-c", "aiosmtpd.handlers.Mailbox", maildir },
            UseShellExecute = false,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("aiosmtpd did not start (apt-get install python3-aiosmtpd).");
        try
        {
            await WaitForAsync(smtpPort);
            var stopwatch = Stopwatch.StartNew();
            var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
            server.Refresh();
            var serverCpu = server.TotalProcessorTime;
            var report = DispatchReport.Empty;
            while (true)
            {
                await using var scope = services.CreateAsyncScope();
                var batch = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(10, CancellationToken.None);
                if (batch.Handled == 0)
                {
                    break;
                }

                report = new DispatchReport(report.Sent + batch.Sent, report.Retrying + batch.Retrying, report.Failed + batch.Failed, report.Deferred + batch.Deferred, report.Skipped + batch.Skipped);
                if (batch.Sent == 0)
                {
                    break;
                }
            }

            stopwatch.Stop();
            ownCpu = Process.GetCurrentProcess().TotalProcessorTime - ownCpu;
            server.Refresh();
            serverCpu = server.TotalProcessorTime - serverCpu;
            var received = Directory.GetFiles(Path.Combine(maildir, "new")).Length;
            Console.WriteLine($"mail: dispatched {report.Sent:N0} e-mails to a local aiosmtpd in {stopwatch.Elapsed.TotalSeconds:F1} s ({report.Sent / stopwatch.Elapsed.TotalSeconds:F0} e-mails/s; {received:N0} in the Maildir, {report.Failed} failed, {report.Retrying} to retry); goal ≥ 200 e-mails/s");
            // CPU per e-mail says what the machine allows whatever else runs on it: the server's share bounds the rate on one core.
            var sent = Math.Max(report.Sent, 1);
            Console.WriteLine($"mail: CPU per e-mail: app {ownCpu.TotalMilliseconds / sent:F2} ms, aiosmtpd {serverCpu.TotalMilliseconds / sent:F2} ms (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Directory.Delete(maildir, recursive: true);
        }
    }

    private static async Task<List<OpenTask>> OpenTasksAsync(AgreementFlowDbContext db) =>
        await db.TaskAssignments.Where(a => a.Status == AssignmentStatus.Open && a.AssigneePersonId != null)
            .Join(db.WorkflowInstances, a => a.InstanceId, i => i.Id, (a, i) => new OpenTask(a.Id, i.Id, i.Stage, a.AssigneePersonId!.Value))
            .Take(1000).ToListAsync();

    private static async Task<int> CountAsync(IServiceProvider services, string kind)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>().OutboxMessages.CountAsync(m => m.Kind == kind);
    }

    private static async Task WaitForAsync(int port)
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"aiosmtpd did not listen on port {port}.");
    }

    /// <summary>A task to remind of or tell about.</summary>
    private sealed record OpenTask(Guid Id, Guid InstanceId, string Stage, Guid PersonId);
}
