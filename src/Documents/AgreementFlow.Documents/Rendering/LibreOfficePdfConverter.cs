namespace AgreementFlow.Documents.Rendering;

/// <summary>Converts DOCX to PDF/A-2b with LibreOffice headless, one fresh profile per conversion.</summary>
public sealed class LibreOfficePdfConverter(LibreOfficeOptions options) : IPdfConverter
{
    /// <inheritdoc />
    public bool IsAvailable => File.Exists(options.SofficePath);

    /// <inheritdoc />
    public Task<byte[]> ConvertDocxToPdfAAsync(byte[] docx, CancellationToken cancellationToken) =>
        throw new PdfConversionException("Not implemented yet.");
}
