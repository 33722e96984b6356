namespace AgreementFlow.Documents.Rendering;

/// <summary>A PDF conversion failed: LibreOffice is missing, timed out or produced nothing.</summary>
public sealed class PdfConversionException : Exception
{
    public PdfConversionException()
    {
    }

    public PdfConversionException(string message)
        : base(message)
    {
    }

    public PdfConversionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
