using System.Buffers;
using System.Net.Mail;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>
/// One open SMTP session (RFC 5321) that sends message after message: greeting, EHLO, STARTTLS and AUTH once, then per
/// message MAIL FROM / RCPT TO / DATA (the three in one write when the server offers PIPELINING), RSET after a refused
/// message, QUIT on closing.
/// </summary>
/// <remarks>
/// Answers map onto System.Net.Mail's exceptions so <see cref="DeliveryFailure"/> reads them as before: a refused
/// message is an <see cref="SmtpException"/> (or <see cref="SmtpFailedRecipientException"/>) with the server's code; a
/// session that cannot be used for now (no greeting, a 4xx to STARTTLS or AUTH) an <see cref="SmtpException"/> without
/// a code; one that cannot be used with the settings as they are (the login refused, STARTTLS required but not offered,
/// the certificate not trusted, a login required) an <see cref="SmtpConfigurationException"/>, thrown before any
/// credentials go over a connection that is not what the settings ask for; a dropped connection or a timeout an
/// <see cref="IOException"/>. After anything but a refused message the session is no longer <see cref="IsUsable"/>.
/// </remarks>
public sealed class SmtpConnection : IAsyncDisposable
{
    private static readonly Lazy<string> ClientName = new(() =>
    {
        var name = System.Net.Dns.GetHostName();
        return string.IsNullOrWhiteSpace(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-') ? "[127.0.0.1]" : name;
    });

    private readonly TcpClient _tcp;
    private readonly TimeSpan _timeout;
    private readonly byte[] _input = new byte[8192];
    private readonly ArrayBufferWriter<byte> _output = new(256);
    private readonly HashSet<string> _extensions = new(StringComparer.OrdinalIgnoreCase);
    private Stream _stream;
    private int _start;
    private int _end;
    private int _repliesThisMessage;

    private SmtpConnection(TcpClient tcp, TimeSpan timeout)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _timeout = timeout;
    }

    /// <summary>False once the connection failed or the server closed it: open a new one.</summary>
    public bool IsUsable { get; private set; } = true;

    /// <summary>What the server offered in its last EHLO answer (<c>PIPELINING</c>, <c>8BITMIME</c>, <c>AUTH</c>…).</summary>
    public IReadOnlySet<string> Extensions => _extensions;

    /// <summary>The last <see cref="SendAsync"/> failed before the server answered anything of it: nothing of that message was accepted.</summary>
    public bool NothingAnswered => _repliesThisMessage == 0;

    /// <summary>Messages this connection has sent.</summary>
    public int Sent { get; private set; }

    /// <summary>Connects, reads the greeting, says EHLO, and upgrades (STARTTLS, trusting the server's certificate as <paramref name="trust"/> says) and authenticates as <paramref name="settings"/> say.</summary>
    public static async Task<SmtpConnection> OpenAsync(SmtpSettings settings, ServerCertificateTrust trust, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(trust);
        var tcp = new TcpClient { NoDelay = true };
        SmtpConnection? connection = null;
        try
        {
            using (var deadline = Deadline(timeout, cancellationToken))
            {
                try
                {
                    await tcp.ConnectAsync(settings.Host!, settings.Port, deadline.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new IOException($"No connection to {settings.Host}:{settings.Port} within {timeout.TotalSeconds:0} s.");
                }
            }

            connection = new SmtpConnection(tcp, timeout);
            await connection.HandshakeAsync(settings, trust, cancellationToken);
            return connection;
        }
        catch
        {
            if (connection is not null)
            {
                connection.Abort();
            }
            else
            {
                tcp.Dispose();
            }

            throw;
        }
    }

    /// <summary>
    /// Sends one message: <paramref name="data"/> is the DATA section as <see cref="SmtpData.Write"/> makes it. Returns
    /// when the server accepted it (its 250 after the final dot).
    /// </summary>
    public async Task SendAsync(string from, string recipient, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(recipient);
        if (!IsUsable)
        {
            throw new InvalidOperationException("The SMTP connection is closed.");
        }

        using var deadline = Deadline(_timeout, cancellationToken);
        var token = deadline.Token;
        _repliesThisMessage = 0;
        try
        {
            var utf8 = !Ascii.IsValid(from) || !Ascii.IsValid(recipient);
            if (utf8 && !_extensions.Contains("SMTPUTF8"))
            {
                throw new SmtpException(SmtpStatusCode.MailboxNameNotAllowed, $"The address {(Ascii.IsValid(from) ? recipient : from)} is not ASCII and the server does not offer SMTPUTF8.");
            }

            var mailFrom = utf8 ? $"MAIL FROM:<{from}> SMTPUTF8" : $"MAIL FROM:<{from}>";
            var rcptTo = $"RCPT TO:<{recipient}>";
            SmtpReply mail, rcpt, start;
            if (_extensions.Contains("PIPELINING"))
            {
                Append(mailFrom);
                Append(rcptTo);
                Append("DATA");
                await FlushAsync(token);
                mail = await ReadReplyAsync(token);
                rcpt = await ReadReplyAsync(token);
                start = await ReadReplyAsync(token);
            }
            else
            {
                mail = await CommandAsync(mailFrom, token);
                rcpt = mail.IsCompletion ? await CommandAsync(rcptTo, token) : default;
                start = rcpt.IsCompletion ? await CommandAsync("DATA", token) : default;
            }

            if (mail.Code == 530)
            {
                // "Authentication required" or "must issue STARTTLS first": no message goes until the settings change.
                Abort();
                throw new SmtpConfigurationException((SmtpStatusCode)mail.Code, $"The SMTP server refused to take mail before a login or STARTTLS ({mail}): set Mail:Smtp:User/Password or Mail:Smtp:StartTls.");
            }

            if (!mail.IsCompletion)
            {
                await RefusedAsync(mail, token);
                throw Refusal(mail);
            }

            if (!rcpt.IsCompletion)
            {
                await RefusedAsync(rcpt, token);
                throw new SmtpFailedRecipientException((SmtpStatusCode)rcpt.Code, recipient, rcpt.Text);
            }

            if (start.Code != 354)
            {
                await RefusedAsync(start, token);
                throw Refusal(start);
            }

            await _stream.WriteAsync(data, token);
            var accepted = await ReadReplyAsync(token);
            if (!accepted.IsCompletion)
            {
                await RefusedAsync(accepted, token);
                throw Refusal(accepted);
            }

            Sent++;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Abort();
            throw new IOException($"The SMTP server did not answer within {_timeout.TotalSeconds:0} s.");
        }
        catch (IOException)
        {
            Abort();
            throw;
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            Abort();
            throw new IOException("The connection to the SMTP server failed: " + ex.Message, ex);
        }
        catch (OperationCanceledException)
        {
            Abort();
            throw;
        }
    }

    /// <summary>Says QUIT (briefly: a server that does not answer is simply left) and closes.</summary>
    public async ValueTask DisposeAsync()
    {
        if (IsUsable)
        {
            try
            {
                using var deadline = Deadline(TimeSpan.FromSeconds(Math.Min(_timeout.TotalSeconds, 2)), CancellationToken.None);
                await CommandAsync("QUIT", deadline.Token);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException or SmtpException)
            {
                // Closing anyway.
            }
        }

        Abort();
    }

    private static CancellationTokenSource Deadline(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(timeout);
        return source;
    }

    private async Task HandshakeAsync(SmtpSettings settings, ServerCertificateTrust trust, CancellationToken cancellationToken)
    {
        using var deadline = Deadline(_timeout, cancellationToken);
        var token = deadline.Token;
        try
        {
            var greeting = await ReadReplyAsync(token);
            if (greeting.Code != 220)
            {
                throw Unusable("greeted with", greeting);
            }

            await HelloAsync(token);
            if (settings.StartTls)
            {
                if (!_extensions.Contains("STARTTLS"))
                {
                    throw new SmtpConfigurationException($"The SMTP server {settings.Host}:{settings.Port} does not offer STARTTLS, which Mail:Smtp:StartTls requires: nothing was sent to it (no credentials).");
                }

                var ready = await CommandAsync("STARTTLS", token);
                if (ready.Code != 220)
                {
                    throw Unusable("answered STARTTLS with", ready);
                }

                string? untrusted = null;
                var tls = new SslStream(_stream, leaveInnerStreamOpen: false);
                _stream = tls;
                var options = new SslClientAuthenticationOptions
                {
                    TargetHost = settings.Host,
                    RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                    {
                        untrusted = trust.Check(certificate, chain, errors);
                        return untrusted is null;
                    },
                };
                try
                {
                    await tls.AuthenticateAsClientAsync(options, token);
                }
                catch (System.Security.Authentication.AuthenticationException) when (untrusted is not null)
                {
                    // Our reason says it all; the exception's own ("rejected by the provided callback") would only confuse.
                    var hint = trust.File is null
                        ? "If the server has a certificate of its own or of its organisation's authority, put that certificate (PEM) in a file and name it in Mail:Smtp:TrustedCertificateFile."
                        : $"Mail:Smtp:TrustedCertificateFile ({trust.File}) does not hold it or its authority.";
                    throw new SmtpConfigurationException($"The certificate of the SMTP server {settings.Host} is not trusted: {untrusted}. Nothing was sent over the connection (no credentials). {hint}");
                }
                catch (System.Security.Authentication.AuthenticationException ex)
                {
                    throw new SmtpConfigurationException($"TLS with {settings.Host} failed: {ex.Message}", ex);
                }

                _start = _end = 0;
                await HelloAsync(token);
            }

            if (!string.IsNullOrEmpty(settings.User))
            {
                await AuthenticateAsync(settings, token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IOException($"The SMTP server did not answer within {_timeout.TotalSeconds:0} s.");
        }
    }

    private async Task HelloAsync(CancellationToken cancellationToken)
    {
        _extensions.Clear();
        var hello = await CommandAsync("EHLO " + ClientName.Value, cancellationToken);
        if (hello.IsCompletion)
        {
            // The first line greets; each next one names an extension and its parameters: "AUTH PLAIN LOGIN".
            foreach (var line in hello.Text.Split('\n').Skip(1))
            {
                var keyword = line.Split(' ', 2)[0].Trim();
                if (keyword.Length > 0)
                {
                    _extensions.Add(keyword);
                }

                // "AUTH PLAIN LOGIN", or the old form some servers still send as well: "AUTH=LOGIN PLAIN".
                if (keyword.Equals("AUTH", StringComparison.OrdinalIgnoreCase) || keyword.StartsWith("AUTH=", StringComparison.OrdinalIgnoreCase))
                {
                    _extensions.Add("AUTH");
                    foreach (var mechanism in (line.Length > 5 ? line[5..] : "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        _extensions.Add("AUTH=" + mechanism);
                    }
                }
            }

            return;
        }

        var helo = await CommandAsync("HELO " + ClientName.Value, cancellationToken);
        if (!helo.IsCompletion)
        {
            throw Unusable("answered HELO with", helo);
        }
    }

    private async Task AuthenticateAsync(SmtpSettings settings, CancellationToken cancellationToken)
    {
        var user = settings.User!;
        var password = settings.Password ?? "";
        if (!_extensions.Contains("AUTH"))
        {
            throw new SmtpConfigurationException($"The SMTP server {settings.Host}:{settings.Port} does not offer AUTH{(_stream is SslStream ? "" : " (many offer it only after STARTTLS: set Mail:Smtp:StartTls)")}, so Mail:Smtp:User cannot log in: the credentials were not sent.");
        }

        if (!_extensions.Contains("AUTH=PLAIN") && !_extensions.Contains("AUTH=LOGIN"))
        {
            var offered = string.Join(' ', _extensions.Where(e => e.StartsWith("AUTH=", StringComparison.OrdinalIgnoreCase)).Select(e => e[5..]));
            throw new SmtpConfigurationException($"The SMTP server {settings.Host}:{settings.Port} offers AUTH {offered}, but neither PLAIN nor LOGIN, the two this client speaks: the credentials were not sent.");
        }

        SmtpReply reply;
        if (_extensions.Contains("AUTH=PLAIN"))
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{user}\0{password}"));
            reply = await CommandAsync("AUTH PLAIN " + credentials, cancellationToken);
        }
        else
        {
            reply = await CommandAsync("AUTH LOGIN", cancellationToken);
            if (reply.Code == 334)
            {
                reply = await CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(user)), cancellationToken);
            }

            if (reply.Code == 334)
            {
                reply = await CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(password)), cancellationToken);
            }
        }

        if (reply.Code is >= 500 and < 600)
        {
            // 535 wrong user or password, 534/538 a mechanism or encryption the server will not take: not one message's fault.
            throw new SmtpConfigurationException((SmtpStatusCode)reply.Code, $"The SMTP server refused the login of {user} (Mail:Smtp:User/Password) with {reply}.");
        }

        if (reply.Code != 235)
        {
            throw Unusable($"refused the login of {user} with", reply);
        }
    }

    /// <summary>A refused message leaves the session usable after RSET, unless the server is closing it (421).</summary>
    private async Task RefusedAsync(SmtpReply reply, CancellationToken cancellationToken)
    {
        if (reply.Code == 421)
        {
            Abort();
            return;
        }

        try
        {
            if (!(await CommandAsync("RSET", cancellationToken)).IsCompletion)
            {
                Abort();
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The refusal is what counts; a session that cannot even reset is simply dropped.
            Abort();
        }
    }

    /// <summary>The exception System.Net.Mail's client throws for the same answer: "Mailbox unavailable. The server response was: …".</summary>
    private static SmtpException Refusal(SmtpReply reply)
    {
        var code = (SmtpStatusCode)reply.Code;
        return new SmtpException(code, $"{new SmtpException(code).Message} The server response was: {reply.Text}");
    }

    private static SmtpException Unusable(string what, SmtpReply reply) =>
        new($"The SMTP server {what} {reply}.");

    private async Task<SmtpReply> CommandAsync(string command, CancellationToken cancellationToken)
    {
        Append(command);
        await FlushAsync(cancellationToken);
        return await ReadReplyAsync(cancellationToken);
    }

    private void Append(string command)
    {
        var span = _output.GetSpan(Encoding.UTF8.GetMaxByteCount(command.Length) + 2);
        var n = Encoding.UTF8.GetBytes(command, span);
        span[n++] = (byte)'\r';
        span[n++] = (byte)'\n';
        _output.Advance(n);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(_output.WrittenMemory, cancellationToken);
        _output.ResetWrittenCount();
    }

    /// <summary>Reads a whole reply, every line of a multi-line one.</summary>
    private async Task<SmtpReply> ReadReplyAsync(CancellationToken cancellationToken)
    {
        StringBuilder? text = null;
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken);
            _repliesThisMessage++;
            if (!SmtpReply.TryParseLine(line, out var code, out var isLast, out var lineText))
            {
                Abort();
                throw new IOException($"The SMTP server sent something that is not a reply: '{(line.Length > 100 ? line[..100] : line)}'.");
            }

            if (isLast && text is null)
            {
                return new SmtpReply(code, lineText.ToString());
            }

            text = text is null ? new StringBuilder() : text.Append('\n');
            text.Append(lineText);
            if (isLast)
            {
                return new SmtpReply(code, text.ToString());
            }
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(_input, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var length = newline - _start;
                if (length > 0 && _input[newline - 1] == (byte)'\r')
                {
                    length--;
                }

                var line = Encoding.UTF8.GetString(_input, _start, length);
                _start = newline + 1;
                return line;
            }

            if (_start > 0)
            {
                Buffer.BlockCopy(_input, _start, _input, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _input.Length)
            {
                throw new IOException("The SMTP server sent a line longer than 8 KB.");
            }

            var read = await _stream.ReadAsync(_input.AsMemory(_end), cancellationToken);
            if (read == 0)
            {
                IsUsable = false;
                throw new IOException("The SMTP server closed the connection.");
            }

            _end += read;
        }
    }

    private void Abort()
    {
        IsUsable = false;
        _stream.Dispose();
        _tcp.Dispose();
    }
}
