using System.Buffers;
using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>
/// Writes an outgoing e-mail as MIME (RFC 2045–2047, 5322), the same shape System.Net.Mail gives it: UTF-8 headers as
/// encoded words (<c>=?utf-8?B?…?=</c>), the text with an HTML alternative in quoted-printable, the <c>.ics</c> entry as a
/// base64 attachment. Seven-bit clean, so any server takes it; lines end in CRLF, none longer than 76 characters.
/// </summary>
public static class MimeWriter
{
    private const int EncodedWordBytes = 45;
    private const int QuotedPrintableLine = 76;

    /// <summary>Writes <paramref name="mail"/>, dated <paramref name="date"/>, into <paramref name="output"/> (not dot-stuffed: see <see cref="SmtpData"/>).</summary>
    public static void Write(OutgoingMail mail, DateTimeOffset date, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(output);
        var from = new MailAddress(mail.From);
        var to = new MailAddress(mail.ToAddress, mail.ToName);
        var content = mail.Mail;
        var text = new StringBuilder(4096);
        text.Append("MIME-Version: 1.0\r\n");
        text.Append("From: ");
        AppendAddress(text, from);
        text.Append("To: ");
        AppendAddress(text, to);
        text.Append("Date: ").Append(date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture)).Append("\r\n");
        text.Append("Subject: ");
        AppendUnstructured(text, content.Subject);
        text.Append("Message-ID: ").Append(MailMessageFactory.MessageIdOf(mail.OutboxId)).Append("\r\n");
        text.Append("Auto-Submitted: auto-generated\r\n");
        if (content.IsDigest)
        {
            text.Append("List-Unsubscribe: <").Append(mail.PreferencesUrl).Append(">\r\n");
        }

        var id = mail.OutboxId.ToString("N");
        var alternative = $"--alternative_{id}";
        var mixed = $"--mixed_{id}";
        if (content.Calendar is not null)
        {
            text.Append("Content-Type: multipart/mixed; boundary=\"").Append(mixed).Append("\"\r\n\r\n");
            text.Append("--").Append(mixed).Append("\r\n");
        }

        text.Append("Content-Type: multipart/alternative; boundary=\"").Append(alternative).Append("\"\r\n\r\n");
        text.Append("--").Append(alternative).Append("\r\n");
        text.Append("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
        AppendQuotedPrintable(text, content.Text);
        text.Append("\r\n--").Append(alternative).Append("\r\n");
        text.Append("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
        AppendQuotedPrintable(text, content.Html);
        text.Append("\r\n--").Append(alternative).Append("--\r\n");
        if (content.Calendar is { } calendar)
        {
            text.Append("\r\n--").Append(mixed).Append("\r\n");
            text.Append("Content-Type: text/calendar; method=PUBLISH; charset=utf-8; name=task.ics\r\n");
            text.Append("Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=task.ics\r\n\r\n");
            var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(calendar));
            for (var i = 0; i < base64.Length; i += QuotedPrintableLine)
            {
                text.Append(base64, i, Math.Min(QuotedPrintableLine, base64.Length - i)).Append("\r\n");
            }

            text.Append("--").Append(mixed).Append("--\r\n");
        }

        // Everything above is ASCII by construction.
        foreach (var chunk in text.GetChunks())
        {
            var span = output.GetSpan(chunk.Length);
            var n = Encoding.ASCII.GetBytes(chunk.Span, span);
            output.Advance(n);
        }
    }

    /// <summary>"Name" &lt;address&gt;, the name as encoded words when it is not plain ASCII.</summary>
    private static void AppendAddress(StringBuilder text, MailAddress address)
    {
        if (!Ascii.IsValid(address.Address))
        {
            throw new FormatException($"The address {address.Address} is not ASCII: it cannot be written into a seven-bit header.");
        }

        var name = address.DisplayName;
        if (name.Length > 0)
        {
            if (NeedsEncoding(name))
            {
                AppendEncodedWords(text, name);
                text.Append(' ');
            }
            else
            {
                text.Append('"').Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\" ");
            }
        }

        text.Append('<').Append(address.Address).Append(">\r\n");
    }

    /// <summary>A header of free text (the subject): as it is when short plain ASCII, else as encoded words.</summary>
    private static void AppendUnstructured(StringBuilder text, string value)
    {
        if (NeedsEncoding(value) || value.Length > 900)
        {
            AppendEncodedWords(text, value);
        }
        else
        {
            text.Append(value);
        }

        text.Append("\r\n");
    }

    private static bool NeedsEncoding(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return true;
            }
        }

        return value.Contains("=?", StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>=?utf-8?B?…?=</c> words of at most 45 bytes each (75 characters), folded onto continuation lines, never splitting a
    /// character (RFC 2047 §5); a reader joins adjacent words without the space between them.
    /// </summary>
    private static void AppendEncodedWords(StringBuilder text, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var start = 0;
        while (start < bytes.Length)
        {
            var end = Math.Min(start + EncodedWordBytes, bytes.Length);
            while (end < bytes.Length && end > start && (bytes[end] & 0xC0) == 0x80)
            {
                end--;
            }

            if (start > 0)
            {
                text.Append("\r\n ");
            }

            text.Append("=?utf-8?B?").Append(Convert.ToBase64String(bytes, start, end - start)).Append("?=");
            start = end;
        }
    }

    /// <summary>Quoted-printable (RFC 2045 §6.7): line ends become CRLF, longer lines are broken softly with "=".</summary>
    private static void AppendQuotedPrintable(StringBuilder text, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value.ReplaceLineEndings("\n"));
        var column = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == (byte)'\n')
            {
                text.Append("\r\n");
                column = 0;
                continue;
            }

            // Spaces and tabs before a line end would be lost in transit: those are encoded.
            var atLineEnd = i + 1 == bytes.Length || bytes[i + 1] == (byte)'\n';
            var literal = (b is >= 33 and <= 126 && b != (byte)'=') || (b is (byte)' ' or (byte)'\t' && !atLineEnd);
            var width = literal ? 1 : 3;
            if (column + width > QuotedPrintableLine - 1)
            {
                text.Append("=\r\n");
                column = 0;
            }

            if (literal)
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('=').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }

            column += width;
        }
    }

    private static ReadOnlySpan<char> HexDigits => "0123456789ABCDEF";
}
