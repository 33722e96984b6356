namespace AgreementFlow.Data.Documents;

/// <summary>Where the PDF/A of a document version is.</summary>
public enum PdfStatus
{
    /// <summary>Nobody asked for it yet.</summary>
    NotRequested,

    /// <summary>Waiting for (or in) the conversion queue; a restart queues it again.</summary>
    Queued,

    /// <summary>Converted and stored with its hash; never converted again.</summary>
    Ready,

    /// <summary>LibreOffice failed on it; <see cref="AgreementDocument.PdfError"/> says why.</summary>
    Failed,

    /// <summary>LibreOffice is not installed on this server.</summary>
    Unavailable,
}
