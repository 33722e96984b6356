using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementFlow.Documents.Tests;

/// <summary>LibreOffice and poppler for the PDF tests: they fail (never skip) when the tools are missing.</summary>
internal static partial class PdfTools
{
    public const string Soffice = "/usr/bin/soffice";
    public const string PdfToText = "/usr/bin/pdftotext";

    public static void RequireTools()
    {
        File.Exists(Soffice).Should().BeTrue(
            $"the PDF tests need LibreOffice at {Soffice}: run ./test, which installs libreoffice-writer-nogui, fonts-liberation2, fonts-dejavu-core and poppler-utils");
        File.Exists(PdfToText).Should().BeTrue(
            $"the PDF tests need pdftotext at {PdfToText}: run ./test, which installs poppler-utils");
    }

    public static string ExtractText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"agreementflow-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(PdfToText) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            // -raw: the order of the content stream, so that a wrapped justified line reads on.
            start.ArgumentList.Add("-raw");
            start.ArgumentList.Add("-enc");
            start.ArgumentList.Add("UTF-8");
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The PDF/A identification from the XMP metadata, e.g. (2, "B").</summary>
    public static (string? Part, string? Conformance) PdfAIdentification(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var part = PartPattern().Match(text);
        var conformance = ConformancePattern().Match(text);
        return (part.Success ? part.Groups["v"].Value : null, conformance.Success ? conformance.Groups["v"].Value : null);
    }

    /// <summary>Words squeezed the way pdftotext lays out justified lines: runs of whitespace become one space.</summary>
    public static string Squeeze(string text) => WhitespacePattern().Replace(text, " ");

    [GeneratedRegex("""pdfaid:part(?:>|=")(?<v>\d)""")]
    private static partial Regex PartPattern();

    [GeneratedRegex("""pdfaid:conformance(?:>|=")(?<v>[A-Za-z])""")]
    private static partial Regex ConformancePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
