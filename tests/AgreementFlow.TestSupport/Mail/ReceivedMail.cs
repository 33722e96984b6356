namespace AgreementFlow.TestSupport.Mail;

/// <summary>A message as the SMTP server stored it, decoded by Python's e-mail package.</summary>
public sealed record ReceivedMail(
    string File,
    string Subject,
    string RawHeaders,
    string MessageId,
    string To,
    string From,
    string? ListUnsubscribe,
    string? Text,
    string? Html,
    IReadOnlyList<ReceivedAttachment> Attachments)
{
    /// <summary>
    /// When the server stored it, comparable across messages: a Maildir name is "{seconds}.M{microseconds}P{pid}Q{count}.host"
    /// with unpadded numbers, so the names themselves do not sort in arrival order (M99999 sorts after M516037).
    /// </summary>
    public (long Seconds, long Microseconds, long Count) Arrival
    {
        get
        {
            var name = System.IO.Path.GetFileName(File);
            var match = System.Text.RegularExpressions.Regex.Match(name, @"^(\d+)\.M(\d+)P\d+Q(\d+)");
            return match.Success
                ? (long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                    long.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                    long.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture))
                : (long.MaxValue, 0, 0);
        }
    }
}
