using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace AgreementFlow.TestSupport.Mail;

/// <summary>
/// A real SMTP server for tests: Debian's <c>python3-aiosmtpd</c> on a free port of 127.0.0.1, storing what it
/// accepts in a Maildir. Recipients starting with <c>reject@</c> are refused with 550, those starting with <c>busy@</c> with 451. Messages are read back
/// with Python's own e-mail package, so the test checks what an independent reader decodes.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private Process? _process;

    public SmtpServer()
    {
        Maildir = Path.Combine(Path.GetTempPath(), "agreementflow-maildir-" + Guid.NewGuid().ToString("N"));
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(Maildir, sub));
        }

        Port = FreePort();
    }

    public int Port { get; }

    public string Maildir { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var info = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "agreementflow_smtp.RejectingMailbox", Maildir },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.Environment["PYTHONPATH"] = Path.Combine(AppContext.BaseDirectory, "Mail");
        _process = Process.Start(info) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var i = 0; i < 200; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with {_process.ExitCode}; is python3-aiosmtpd installed?");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"aiosmtpd did not listen on port {Port} within 10 s.");
    }

    /// <summary>Stops the server (as an outage would); what it stored stays.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message in the Maildir, decoded.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> MessagesAsync()
    {
        var info = new ProcessStartInfo(Python)
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Mail", "read_maildir.py"), Maildir },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("Reading the Maildir failed: " + await error);
        }

        return JsonSerializer.Deserialize<List<ReceivedMail>>(await output, JsonOptions) ?? [];
    }

    /// <summary>Empties the Maildir between tests.</summary>
    public void Clear()
    {
        foreach (var sub in new[] { "new", "cur", "tmp" })
        {
            var folder = Path.Combine(Maildir, sub);
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder))
                {
                    File.Delete(file);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Maildir, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
