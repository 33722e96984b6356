using System.Globalization;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>One SMTP reply: its three-digit code and its text, the lines of a multi-line reply joined by <c>\n</c>.</summary>
public readonly record struct SmtpReply(int Code, string Text)
{
    /// <summary>2xx: done.</summary>
    public bool IsCompletion => Code is >= 200 and < 300;

    /// <summary>
    /// Reads one reply line: <c>250-SIZE 1000</c> (more lines follow) or <c>250 OK</c> (the last one); a bare
    /// <c>250</c> is a last line with no text. False for anything else: the server does not speak SMTP.
    /// </summary>
    public static bool TryParseLine(ReadOnlySpan<char> line, out int code, out bool isLast, out ReadOnlySpan<char> text)
    {
        code = 0;
        isLast = true;
        text = default;
        if (line.Length < 3 || !char.IsAsciiDigit(line[0]) || !char.IsAsciiDigit(line[1]) || !char.IsAsciiDigit(line[2]) || line[0] is < '1' or > '5')
        {
            return false;
        }

        code = int.Parse(line[..3], NumberStyles.None, CultureInfo.InvariantCulture);
        if (line.Length == 3)
        {
            return true;
        }

        if (line[3] is not (' ' or '-'))
        {
            return false;
        }

        isLast = line[3] == ' ';
        text = line[4..];
        return true;
    }

    public override string ToString() => Text.Length == 0 ? Code.ToString(CultureInfo.InvariantCulture) : $"{Code} {Text.Replace('\n', ' ')}";
}
