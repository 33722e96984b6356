using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace AgreementFlow.TestSupport.Mail;

/// <summary>
/// A real SMTP server for tests: Debian's <c>python3-aiosmtpd</c> on a free port of 127.0.0.1, storing what it
/// accepts in a Maildir. Recipients starting with <c>reject@</c> are refused with 550, those starting with <c>busy@</c> with 451. Messages are read back
/// with Python's own e-mail package, so the test checks what an independent reader decodes. Given
/// <see cref="SecureSmtpOptions"/>, it offers STARTTLS with a certificate made for the test (<see cref="Certificates"/>)
/// and requires AUTH after it (agreementflow_smtp_secure.py), recording what it saw in <see cref="EventsAsync"/>.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private readonly SecureSmtpOptions? _secure;
    private Process? _process;

    public SmtpServer(SecureSmtpOptions? secure = null)
    {
        Maildir = Path.Combine(Path.GetTempPath(), "agreementflow-maildir-" + Guid.NewGuid().ToString("N"));
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(Maildir, sub));
        }

        Port = FreePort();
        _secure = secure;
        if (secure is not null)
        {
            // Beside the Maildir, in the temp folder: key material never lands in the repository.
            Certificates = TestCertificates.Create(Maildir + "-tls");
            SetPassword(secure.Password);
        }
    }

    public int Port { get; }

    public string Maildir { get; }

    /// <summary>The certificate authority and server certificate of a secured server; null for a plain one.</summary>
    public TestCertificates? Certificates { get; }

    private string EventsFile => Path.Combine(Certificates?.Folder ?? Maildir, "events.log");

    private string PasswordFile => Path.Combine(Certificates?.Folder ?? Maildir, "password");

    /// <summary>Changes the password the secured server accepts from the next AUTH on (it reads it at each one).</summary>
    public void SetPassword(string password) => File.WriteAllText(PasswordFile, password);

    /// <summary>
    /// What the secured server saw, in order: <c>STARTTLS</c>, <c>TLS TLSv1.3</c>, <c>AUTH PLAIN tls=yes</c> for every AUTH
    /// command it received, <c>LOGIN-OK user</c> or <c>LOGIN-FAILED user</c>.
    /// </summary>
    public async Task<IReadOnlyList<string>> EventsAsync() =>
        File.Exists(EventsFile) ? await File.ReadAllLinesAsync(EventsFile) : [];

    /// <summary>Forgets the events seen so far.</summary>
    public void ClearEvents() => File.Delete(EventsFile);

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
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (_secure is null)
        {
            foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "agreementflow_smtp.RejectingMailbox", Maildir })
            {
                info.ArgumentList.Add(argument);
            }
        }
        else
        {
            var port = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var argument in new[]
            {
                Path.Combine(AppContext.BaseDirectory, "Mail", "agreementflow_smtp_secure.py"), "--port", port,
                "--cert", Certificates!.CertificateFile, "--key", Certificates.KeyFile,
                "--user", _secure.User, "--password-file", PasswordFile, "--events", EventsFile,
            })
            {
                info.ArgumentList.Add(argument);
            }

            if (_secure.OnlyLogin)
            {
                info.ArgumentList.Add("--only-login");
            }

            if (_secure.NoStartTls)
            {
                info.ArgumentList.Add("--no-starttls");
            }

            info.ArgumentList.Add(Maildir);
        }

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
            if (Certificates is not null)
            {
                Directory.Delete(Certificates.Folder, recursive: true);
            }
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
