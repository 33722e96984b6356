namespace AgreementFlow.Web.Documents;

/// <summary>Settings of the documents capability (section <c>Documents</c>).</summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>LibreOffice's <c>soffice</c>; when it is missing, PDFs are «недоступны» and everything else works.</summary>
    public string SofficePath { get; set; } = "/usr/bin/soffice";

    /// <summary>How many conversions run at once (each in a LibreOffice profile of its own).</summary>
    public int PdfMaxConcurrency { get; set; } = 2;

    /// <summary>
    /// Documents one LibreOffice process converts together. The queue hands the converter up to
    /// <see cref="PdfMaxConcurrency"/> × this many at once, so a batch shares a process start-up (seconds) instead of paying it per document.
    /// </summary>
    public int PdfBatchSize { get; set; } = 10;

    /// <summary>How many PDFs may wait in the queue; a request beyond it is refused until room frees.</summary>
    public int PdfQueueCapacity { get; set; } = 200;

    /// <summary>How long one conversion may take before it is given up.</summary>
    public int PdfTimeoutSeconds { get; set; } = 120;
}
