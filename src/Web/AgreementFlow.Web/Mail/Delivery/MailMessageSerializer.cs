using System.Net.Mail;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>
/// The bytes of a System.Net.Mail message exactly as its own SMTP client writes them (headers, RFC 2047 subject,
/// quoted-printable parts, base64 attachment), made by a pickup-folder client in a private temporary folder and read
/// back without the pickup envelope lines (<c>X-Sender</c>, <c>X-Receiver</c>). One per sending worker: not thread-safe.
/// </summary>
public sealed class MailMessageSerializer : IDisposable
{
    private readonly string _folder;
    private readonly SmtpClient _client;

    public MailMessageSerializer()
    {
        _folder = Directory.CreateTempSubdirectory("agreementflow-mime-").FullName;
        _client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = _folder };
    }

    /// <summary>The message as it goes after DATA, before dot-stuffing.</summary>
    public byte[] Serialize(MailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _client.Send(message);
        var file = Directory.EnumerateFiles(_folder).First();
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        finally
        {
            File.Delete(file);
        }

        // The envelope headers come first; X-Receiver carries the encoded display name and may be folded over several lines.
        var start = 0;
        while (StartsWith(bytes, start, "X-Sender:"u8) || StartsWith(bytes, start, "X-Receiver:"u8))
        {
            do
            {
                var end = Array.IndexOf(bytes, (byte)'\n', start);
                start = end < 0 ? bytes.Length : end + 1;
            }
            while (start < bytes.Length && bytes[start] is (byte)' ' or (byte)'\t');
        }

        return start == 0 ? bytes : bytes[start..];
    }

    public void Dispose()
    {
        _client.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static bool StartsWith(byte[] bytes, int start, ReadOnlySpan<byte> prefix) =>
        bytes.AsSpan(start).StartsWith(prefix);
}
