namespace AgreementFlow.Web.Signing;

/// <summary>What an uploaded scan is, by its first bytes (never by its name or the browser's word).</summary>
internal static class ScanFormat
{
    /// <summary>The content type of a PDF or a JPEG, or null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        return content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF ? "image/jpeg" : null;
    }
}
