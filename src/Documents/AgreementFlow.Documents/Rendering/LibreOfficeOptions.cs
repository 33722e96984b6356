namespace AgreementFlow.Documents.Rendering;

/// <summary>Settings of <see cref="LibreOfficePdfConverter"/>.</summary>
public sealed class LibreOfficeOptions
{
    /// <summary>The soffice executable. Default <c>/usr/bin/soffice</c> (Debian's libreoffice-writer-nogui).</summary>
    public string SofficePath { get; set; } = "/usr/bin/soffice";

    /// <summary>Conversions running at once; each is a LibreOffice process with its own profile. Default 2.</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>Documents one LibreOffice process converts at most: requests that queue while every process is busy
    /// go together into the next one, which spares a start-up (seconds) per document. Default 10.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>How long one conversion may take before its process tree is killed. Default 2 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Where each conversion makes its own temporary folder (profile, input, output). Default null: the system's temporary folder.</summary>
    public string? WorkFolder { get; set; }
}
