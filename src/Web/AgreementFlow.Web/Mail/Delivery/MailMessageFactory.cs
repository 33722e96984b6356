using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using AgreementFlow.Web.Mail.Content;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>Builds the System.Net.Mail message of an outbox row: plain text with an HTML alternative, UTF-8 headers, the row's Message-ID.</summary>
public static class MailMessageFactory
{
    /// <summary>The Message-ID of outbox row <paramref name="outboxId"/>: the same on every attempt, so a retry is recognisably the same message.</summary>
    public static string MessageIdOf(Guid outboxId) => $"<{outboxId:N}@agreementflow>";

    public static MailMessage Create(Guid outboxId, string from, string toAddress, string toName, RenderedMail mail, string preferencesUrl)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = new MailMessage
        {
            From = new MailAddress(from),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = mail.Text,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(toAddress, toName, Encoding.UTF8));
        message.Headers["Message-ID"] = MessageIdOf(outboxId);
        message.Headers["Auto-Submitted"] = "auto-generated";
        if (mail.IsDigest)
        {
            message.Headers["List-Unsubscribe"] = $"<{preferencesUrl}>";
        }

        var html = AlternateView.CreateAlternateViewFromString(mail.Html, Encoding.UTF8, MediaTypeNames.Text.Html);
        html.TransferEncoding = TransferEncoding.QuotedPrintable;
        message.AlternateViews.Add(html);
        if (mail.Calendar is { } calendar)
        {
            var attachment = new Attachment(new MemoryStream(Encoding.UTF8.GetBytes(calendar)), new ContentType("text/calendar; method=PUBLISH; charset=utf-8"))
            {
                Name = "task.ics",
            };
            attachment.ContentDisposition!.FileName = "task.ics";
            message.Attachments.Add(attachment);
        }

        return message;
    }
}
