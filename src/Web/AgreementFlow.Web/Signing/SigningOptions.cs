namespace AgreementFlow.Web.Signing;

/// <summary>Settings of signing (<c>Signing:*</c>).</summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    /// <summary>How long an e-mailed code is valid. Default 10 minutes.</summary>
    public int CodeValidityMinutes { get; set; } = 10;

    /// <summary>Wrong entries after which a code is locked. Default 5.</summary>
    public int MaxCodeAttempts { get; set; } = 5;

    /// <summary>Codes one person may request for one agreement per minute. Default 1.</summary>
    public int CodesPerMinute { get; set; } = 1;

    /// <summary>Codes one person may request for one agreement per hour. Default 5.</summary>
    public int CodesPerHour { get; set; } = 5;

    /// <summary>The largest signature file or scan accepted, in bytes. Default 20 MB.</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;
}
