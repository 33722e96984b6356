namespace AgreementFlow.Documents.Rendering;

/// <summary>Turns a DOCX into PDF/A-2b.</summary>
public interface IPdfConverter
{
    /// <summary>Whether the converter can run here (e.g. LibreOffice is installed).</summary>
    bool IsAvailable { get; }

    /// <summary>Converts; throws <see cref="PdfConversionException"/> with a clear message on failure.</summary>
    Task<byte[]> ConvertDocxToPdfAAsync(byte[] docx, CancellationToken cancellationToken);
}
