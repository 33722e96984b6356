using System.Buffers;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>The DATA section of an SMTP transaction (RFC 5321 §4.5.2): CRLF line ends, dot-stuffed, ended by <c>CRLF.CRLF</c>.</summary>
public static class SmtpData
{
    /// <summary>
    /// Writes <paramref name="message"/> as it goes after <c>DATA</c>: a bare LF or CR becomes CRLF, a line starting
    /// with "." gets a second one (the server removes it), the last line is ended, then the lone "." that ends the data.
    /// </summary>
    public static void Write(ReadOnlySpan<byte> message, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var span = output.GetSpan((message.Length * 2) + 5);
        var n = 0;
        var lineStart = true;
        for (var i = 0; i < message.Length; i++)
        {
            var b = message[i];
            if (b == (byte)'\r' || b == (byte)'\n')
            {
                span[n++] = (byte)'\r';
                span[n++] = (byte)'\n';
                if (b == (byte)'\r' && i + 1 < message.Length && message[i + 1] == (byte)'\n')
                {
                    i++;
                }

                lineStart = true;
                continue;
            }

            if (lineStart && b == (byte)'.')
            {
                span[n++] = (byte)'.';
            }

            span[n++] = b;
            lineStart = false;
        }

        if (!lineStart)
        {
            span[n++] = (byte)'\r';
            span[n++] = (byte)'\n';
        }

        span[n++] = (byte)'.';
        span[n++] = (byte)'\r';
        span[n++] = (byte)'\n';
        output.Advance(n);
    }
}
