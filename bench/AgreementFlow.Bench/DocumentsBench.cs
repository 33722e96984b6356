using System.Diagnostics;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Bench;

/// <summary>Renders the full network agreement as HTML and DOCX, compares compiling with cached rendering, and
/// converts a batch of 20 DOCX to PDF/A with LibreOffice. Prints figures beside the goals; asserts nothing.</summary>
internal static class DocumentsBench
{
    private const int Renders = 2000;
    private const int PdfBatch = 20;

    public static async Task RunAsync(CancellationToken cancellationToken)
    {
        var template = DefaultTemplates.Get(DefaultTemplates.NetworkAgreementKey);
        var header = new DocumentHeader(template.TitleRu, "СФ-12/2026", new DateOnly(2026, 1, 12), "с. Агинское");
        var renderer = new DocumentRenderer();
        var clauses = template.Content.AllClauses.Count();
        Console.WriteLine($"documents: network agreement, {template.Content.Sections.Count} sections, {clauses} clauses");

        // Compile: every clause analysed and compiled, as after a restart or a newly published version.
        var compile = Measure(20, () =>
        {
            renderer.ClearCache();
            renderer.Render(template.Content, template.SampleData, header);
        });
        Console.WriteLine($"  compile + render (cache cleared)  p50 {Ms(compile.P50)} ms, p95 {Ms(compile.P95)} ms  (the issue: compile ~5–8 ms)");

        // Let the JIT settle on the rendering path (tiered compilation) before timing it.
        Measure(Renders, () => HtmlDocumentWriter.WritePage(renderer.Render(template.Content, template.SampleData, header)));
        var render = Measure(Renders, () => renderer.Render(template.Content, template.SampleData, header));
        Console.WriteLine($"  render, cached                    p50 {Ms(render.P50)} ms, p95 {Ms(render.P95)} ms  ({render.P50.TotalMicroseconds / clauses:0.0} µs a clause; the issue: ~30 µs)");

        var html = Measure(Renders, () => HtmlDocumentWriter.WritePage(renderer.Render(template.Content, template.SampleData, header)));
        Console.WriteLine($"  HTML (render + page)              p50 {Ms(html.P50)} ms, p95 {Ms(html.P95)} ms  goal ≤ 2 ms");

        var docxBytes = 0;
        var docx = Measure(Renders / 4, () => docxBytes = DocxDocumentWriter.Write(renderer.Render(template.Content, template.SampleData, header)).Length);
        Console.WriteLine($"  DOCX (render + package)           p50 {Ms(docx.P50)} ms, p95 {Ms(docx.P95)} ms  goal ≤ 30 ms  ({docxBytes / 1024} KB)");

        using var converter = new LibreOfficePdfConverter(new LibreOfficeOptions { MaxConcurrency = 2 });
        if (!converter.IsAvailable)
        {
            Console.WriteLine("  PDF/A: LibreOffice is not installed (/usr/bin/soffice); run ./test or ./run to install it");
            return;
        }

        var file = DocxDocumentWriter.Write(renderer.Render(template.Content, template.SampleData, header));
        await converter.ConvertDocxToPdfAAsync(file, cancellationToken);
        var batch = Stopwatch.StartNew();
        var pdfs = await Task.WhenAll(Enumerable.Range(0, PdfBatch).Select(_ => converter.ConvertDocxToPdfAAsync(file, cancellationToken)));
        batch.Stop();
        Console.WriteLine(
            $"  PDF/A-2b batch of {PdfBatch}, MaxConcurrency 2  {batch.Elapsed.TotalSeconds:0.0} s, {PdfBatch / batch.Elapsed.TotalSeconds:0.00} documents/s  goal ≥ 6 documents/s  ({pdfs.Average(p => p.Length) / 1024:0} KB each, {Environment.ProcessorCount} cores)");
    }

    private static (TimeSpan P50, TimeSpan P95) Measure(int iterations, Action action)
    {
        for (var i = 0; i < Math.Min(300, iterations); i++)
        {
            action();
        }

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return (TimeSpan.FromMilliseconds(samples[iterations / 2]), TimeSpan.FromMilliseconds(samples[(int)(iterations * 0.95)]));
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}
