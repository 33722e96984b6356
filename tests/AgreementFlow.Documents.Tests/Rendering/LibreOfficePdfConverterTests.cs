using AgreementFlow.Documents.Rendering;
using static AgreementFlow.Documents.Tests.TemplateBuilder;

namespace AgreementFlow.Documents.Tests.Rendering;

public sealed class LibreOfficePdfConverterTests
{
    private readonly DocumentRenderer _renderer = new();

    [Fact]
    public async Task Convert_WritesPdfA2b_WithTheDocumentsText()
    {
        PdfTools.RequireTools();
        using var converter = new LibreOfficePdfConverter(new LibreOfficeOptions());
        var docx = DocxDocumentWriter.Write(_renderer.Render(OneClause("Стороны: {{name}}."), Data("""{"name":"МБОУ АСОШ № 1"}"""), SampleHeader));

        var pdf = await converter.ConvertDocxToPdfAAsync(docx, CancellationToken.None);

        PdfTools.PdfAIdentification(pdf).Should().Be(("2", "B"));
        PdfTools.Squeeze(PdfTools.ExtractText(pdf)).Should().Contain("1.1. Стороны: МБОУ АСОШ № 1.").And.Contain("«12» января 2026 г.");
    }

    [Fact]
    public async Task Convert_WhenSofficeIsMissing_SaysWhatToInstall()
    {
        using var converter = new LibreOfficePdfConverter(new LibreOfficeOptions { SofficePath = "/nonexistent/soffice" });

        converter.IsAvailable.Should().BeFalse();
        var convert = () => converter.ConvertDocxToPdfAAsync([1, 2, 3], CancellationToken.None);

        (await convert.Should().ThrowAsync<PdfConversionException>()).Which.Message.Should().Contain("libreoffice-writer-nogui");
    }
}
