using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Documents.Tests.Templates;
using static AgreementFlow.Documents.Tests.TemplateBuilder;

namespace AgreementFlow.Documents.Tests.Rendering;

/// <summary>Real LibreOffice and poppler: these tests fail with a message to run ./test when the tools are missing.</summary>
public sealed class LibreOfficePdfConverterTests
{
    private readonly DocumentRenderer _renderer = new();

    public static TheoryData<string> Keys() => new(DefaultTemplates.All.Select(t => t.Key));

    [Fact]
    public async Task NetworkAgreement_BecomesPdfA2b_WithPartiesTermAndEveryStatutorySection()
    {
        PdfTools.RequireTools();
        using var converter = new LibreOfficePdfConverter(new LibreOfficeOptions());
        var template = DefaultTemplates.Get(DefaultTemplates.NetworkAgreementKey);
        var document = _renderer.Render(template.Content, template.SampleData, DefaultTemplatesTests.Header(template));

        var pdf = await converter.ConvertDocxToPdfAAsync(DocxDocumentWriter.Write(document), CancellationToken.None);

        PdfTools.PdfAIdentification(pdf).Should().Be(("2", "B"), "the XMP metadata declares PDF/A-2b");
        var text = PdfTools.Squeeze(PdfTools.ExtractText(pdf));
        text.Should().Contain("Муниципальное бюджетное образовательное учреждение дополнительного образования «Саянский районный Центр детского творчества»");
        text.Should().Contain("МБОУ АСОШ № 1").And.Contain("МКОУ Тугачинская СОШ");
        text.Should().Contain("Договор вступает в силу с «12» января 2026 г. и действует по «31» декабря 2026 г.");
        foreach (var heading in new[] { "1. Предмет договора", "2. Статус обучающихся", "3. Права и обязанности сторон", "5. Срок действия договора", "7. Порядок изменения и прекращения" })
        {
            text.Should().Contain(heading);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task EveryDefaultTemplate_Converts(string key)
    {
        PdfTools.RequireTools();
        using var converter = new LibreOfficePdfConverter(new LibreOfficeOptions());
        var template = DefaultTemplates.Get(key);
        var docx = DocxDocumentWriter.Write(_renderer.Render(template.Content, template.SampleData, DefaultTemplatesTests.Header(template)));

        var pdf = await converter.ConvertDocxToPdfAAsync(docx, CancellationToken.None);

        PdfTools.PdfAIdentification(pdf).Should().Be(("2", "B"));
        PdfTools.Squeeze(PdfTools.ExtractText(pdf)).Should().Contain(template.TitleRu);
    }

    [Fact]
    public async Task HostileValues_ConvertAndPrintAsText()
    {
        PdfTools.RequireTools();
        using var converter = new LibreOfficePdfConverter(new LibreOfficeOptions());
        var template = DefaultTemplates.Get(DefaultTemplates.NetworkAgreementKey);
        var docx = DocxDocumentWriter.Write(_renderer.Render(template.Content, HostileData.For(template.Content), DefaultTemplatesTests.Header(template)));

        var pdf = await converter.ConvertDocxToPdfAAsync(docx, CancellationToken.None);

        PdfTools.Squeeze(PdfTools.ExtractText(pdf)).Should().Contain("<script>alert('x')</script> {{base.inn}} **жирный** | ячейка |");
    }

    [Fact]
    public async Task FourConversionsAtOnce_AllSucceed_EachWithItsOwnText()
    {
        PdfTools.RequireTools();
        using var converter = new LibreOfficePdfConverter(new LibreOfficeOptions { MaxConcurrency = 4 });
        var names = new[] { "МБОУ АСОШ № 1", "МБОУ АСОШ № 2", "МКОУ Межовская СОШ", "МКОУ Орьёвская СОШ" };

        var pdfs = await Task.WhenAll(names.Select(name => converter.ConvertDocxToPdfAAsync(
            DocxDocumentWriter.Write(_renderer.Render(OneClause("Сторона: {{name}}."), Data($$"""{"name":"{{name}}"}"""), SampleHeader)),
            CancellationToken.None)));

        for (var i = 0; i < names.Length; i++)
        {
            PdfTools.Squeeze(PdfTools.ExtractText(pdfs[i])).Should().Contain($"Сторона: {names[i]}.");
        }
    }

    [Fact]
    public async Task QueuedRequests_ShareAProcess_AndEachGetsItsOwnPdf()
    {
        PdfTools.RequireTools();
        using var converter = new LibreOfficePdfConverter(new LibreOfficeOptions { MaxConcurrency = 1, MaxBatchSize = 4 });
        var names = Enumerable.Range(1, 6).Select(i => $"Школа № {i}").ToList();

        var pdfs = await Task.WhenAll(names.Select(name => converter.ConvertDocxToPdfAAsync(
            DocxDocumentWriter.Write(_renderer.Render(OneClause("Сторона: {{name}}."), Data($$"""{"name":"{{name}}"}"""), SampleHeader)),
            CancellationToken.None)));

        for (var i = 0; i < names.Count; i++)
        {
            PdfTools.PdfAIdentification(pdfs[i]).Should().Be(("2", "B"));
            PdfTools.Squeeze(PdfTools.ExtractText(pdfs[i])).Should().Contain($"Сторона: {names[i]}.");
        }
    }

    [Fact]
    public async Task Timeout_StopsLibreOffice_AndLeavesNoTemporaryFiles()
    {
        PdfTools.RequireTools();
        // A folder of its own: other tests convert PDFs in parallel in the system's temporary folder.
        var workFolder = Directory.CreateTempSubdirectory("agreementflow-timeout-test-").FullName;
        try
        {
            using var converter = new LibreOfficePdfConverter(new LibreOfficeOptions { Timeout = TimeSpan.FromMilliseconds(50), WorkFolder = workFolder });

            var convert = () => converter.ConvertDocxToPdfAAsync(DocxDocumentWriter.Write(_renderer.Render(OneClause("Текст."), Data("{}"), SampleHeader)), CancellationToken.None);

            (await convert.Should().ThrowAsync<PdfConversionException>()).Which.Message.Should().Contain("did not finish");
            Directory.EnumerateFileSystemEntries(workFolder).Should().BeEmpty("the killed conversion's profile, input and output are removed");
        }
        finally
        {
            Directory.Delete(workFolder, recursive: true);
        }
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
