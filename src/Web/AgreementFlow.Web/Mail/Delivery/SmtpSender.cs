using System.Buffers;
using System.Net.Mail;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>
/// Sends over one <see cref="SmtpConnection"/> kept open from message to message (<see cref="MailMode.Smtp"/>); a
/// connection that failed is dropped and the next message opens a new one.
/// </summary>
internal sealed class SmtpSender(SmtpSettings settings, ServerCertificateTrust trust, TimeSpan timeout, TimeProvider clock) : IMailSender
{
    private readonly ArrayBufferWriter<byte> _mime = new(16 * 1024);
    private readonly ArrayBufferWriter<byte> _data = new(16 * 1024);
    private SmtpConnection? _connection;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        _mime.ResetWrittenCount();
        MimeWriter.Write(mail, clock.GetUtcNow(), _mime);
        _data.ResetWrittenCount();
        SmtpData.Write(_mime.WrittenSpan, _data);
        var from = new MailAddress(mail.From).Address;
        var to = mail.ToAddress;

        if (_connection is { IsUsable: true, Sent: > 0 } reused)
        {
            try
            {
                await reused.SendAsync(from, to, _data.WrittenMemory, cancellationToken);
                return;
            }
            catch (Exception ex) when (!reused.IsUsable && (ex is IOException ? reused.NothingAnswered : ex is SmtpException { StatusCode: SmtpStatusCode.ServiceNotAvailable }))
            {
                // The server closed the connection while it lay idle (or restarted) before it answered anything of this
                // message, so nothing of it was accepted: once more on a new connection.
            }
        }

        await DropAsync();
        _connection = await SmtpConnection.OpenAsync(settings, trust, timeout, cancellationToken);
        try
        {
            await _connection.SendAsync(from, to, _data.WrittenMemory, cancellationToken);
        }
        finally
        {
            if (!_connection.IsUsable)
            {
                await DropAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropAsync();
    }

    private async Task DropAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}
