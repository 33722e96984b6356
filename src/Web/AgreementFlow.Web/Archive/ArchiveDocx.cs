using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using QRCoder;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace AgreementFlow.Web.Archive;

/// <summary>
/// Prepares the DOCX the archived PDF is converted from: the agreement's DOCX, then a QR code and the line
/// «Проверить подлинность: {url}», then each appendix (the approval sheet, the certificate of completion) on pages of its own.
/// </summary>
public static class ArchiveDocx
{
    private const long QrSizeEmu = 25L * 36_000; // 25 mm

    public static byte[] Compose(byte[] documentDocx, string verifyUrl, params IReadOnlyList<byte[]> appendices)
    {
        ArgumentNullException.ThrowIfNull(documentDocx);
        using var stream = new MemoryStream();
        stream.Write(documentDocx);
        using (var package = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = package.MainDocumentPart ?? throw new InvalidOperationException("The DOCX has no main document part.");
            var body = main.Document.Body ?? throw new InvalidOperationException("The DOCX has no body.");
            var section = body.Elements<SectionProperties>().LastOrDefault();
            foreach (var element in VerificationBlock(main, verifyUrl))
            {
                Insert(body, section, element);
            }

            foreach (var appendix in appendices)
            {
                Insert(body, section, new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                foreach (var element in BodyOf(appendix))
                {
                    Insert(body, section, element);
                }
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The QR code of <paramref name="url"/> as a PNG (no System.Drawing).</summary>
    public static byte[] QrPng(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(10);
    }

    private static void Insert(Body body, SectionProperties? section, OpenXmlElement element)
    {
        if (section is null)
        {
            body.Append(element);
        }
        else
        {
            body.InsertBefore(element, section);
        }
    }

    private static IEnumerable<OpenXmlElement> BodyOf(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var package = WordprocessingDocument.Open(stream, isEditable: false);
        var body = package.MainDocumentPart?.Document.Body;
        return body is null ? [] : [.. body.ChildElements.Where(e => e is not SectionProperties).Select(e => e.CloneNode(deep: true))];
    }

    private static IEnumerable<OpenXmlElement> VerificationBlock(MainDocumentPart main, string url)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(QrPng(url)))
        {
            image.FeedData(png);
        }

        var relationshipId = main.GetIdOfPart(image);
        yield return new Paragraph(
            new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "480" }),
            new Run(Drawing(relationshipId)));
        yield return new Paragraph(new Run(
            new RunProperties(new FontSize { Val = "18" }),
            new Text($"Проверить подлинность: {url}") { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Drawing Drawing(string relationshipId) =>
        new(new Wp.Inline(
            new Wp.Extent { Cx = QrSizeEmu, Cy = QrSizeEmu },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = 9001U, Name = "QR", Description = "QR-код проверки подлинности" },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0U, Name = "qr.png" },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(
                        new A.Blip { Embed = relationshipId },
                        new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = QrSizeEmu, Cy = QrSizeEmu }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
}
