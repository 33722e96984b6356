using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AgreementFlow.Documents.Rendering;

/// <summary>Converts DOCX to PDF/A-2b with LibreOffice headless.</summary>
/// <remarks>
/// <para>Each conversion runs its own <c>soffice</c> process with a fresh profile directory
/// (<c>-env:UserInstallation</c>): two processes sharing a profile block each other or fail silently. A semaphore
/// bounds how many run at once (<see cref="LibreOfficeOptions.MaxConcurrency"/>); a conversion that outlives
/// <see cref="LibreOfficeOptions.Timeout"/> has its whole process tree killed. Temporary directories are always removed.</para>
/// <para>PDF/A-2b comes from the export filter's JSON options (LibreOffice 7.4 and later):
/// <c>{"SelectPdfVersion":{"type":"long","value":"2"}}</c>.</para>
/// </remarks>
public sealed class LibreOfficePdfConverter : IPdfConverter, IDisposable
{
    /// <summary>The <c>--convert-to</c> argument: the Writer PDF export filter set to PDF/A-2b.</summary>
    public const string ConvertTo = """pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}""";

    private readonly LibreOfficeOptions _options;
    private readonly SemaphoreSlim _slots;

    /// <summary>Creates the converter.</summary>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public LibreOfficePdfConverter(LibreOfficeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxConcurrency < 1)
        {
            throw new ArgumentException($"LibreOffice MaxConcurrency must be at least 1, not {options.MaxConcurrency}.", nameof(options));
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"LibreOffice Timeout must be positive, not {options.Timeout}.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.SofficePath))
        {
            throw new ArgumentException("LibreOffice SofficePath is required.", nameof(options));
        }

        _options = options;
        _slots = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
    }

    /// <inheritdoc />
    public bool IsAvailable => File.Exists(_options.SofficePath);

    /// <inheritdoc />
    public async Task<byte[]> ConvertDocxToPdfAAsync(byte[] docx, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (!IsAvailable)
        {
            throw new PdfConversionException(
                $"LibreOffice is not installed: {_options.SofficePath} does not exist. Install the Debian packages libreoffice-writer-nogui, fonts-liberation2 and fonts-dejavu-core (./run and ./test do it), or set the path of soffice.");
        }

        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var work = Directory.CreateTempSubdirectory("agreementflow-pdf-");
        try
        {
            return await ConvertInAsync(work.FullName, docx, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
            TryDelete(work.FullName);
        }
    }

    /// <summary>Releases the concurrency semaphore.</summary>
    public void Dispose() => _slots.Dispose();

    private async Task<byte[]> ConvertInAsync(string work, byte[] docx, CancellationToken cancellationToken)
    {
        var profile = Path.Combine(work, "profile");
        var output = Path.Combine(work, "out");
        Directory.CreateDirectory(profile);
        Directory.CreateDirectory(output);
        var input = Path.Combine(work, "document.docx");
        await File.WriteAllBytesAsync(input, docx, cancellationToken).ConfigureAwait(false);

        var start = new ProcessStartInfo(_options.SofficePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = work,
        };
        start.ArgumentList.Add("--headless");
        start.ArgumentList.Add("--norestore");
        start.ArgumentList.Add("--nologo");
        start.ArgumentList.Add("--nodefault");
        start.ArgumentList.Add("--nolockcheck");
        start.ArgumentList.Add("-env:UserInstallation=" + new Uri(profile + Path.DirectorySeparatorChar).AbsoluteUri);
        start.ArgumentList.Add("--convert-to");
        start.ArgumentList.Add(ConvertTo);
        start.ArgumentList.Add("--outdir");
        start.ArgumentList.Add(output);
        start.ArgumentList.Add(input);
        // LibreOffice writes caches under HOME; keep them inside the conversion's own directory.
        start.Environment["HOME"] = work;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new PdfConversionException($"LibreOffice could not be started from {_options.SofficePath}: {e.Message}", e);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfConversionException($"LibreOffice did not finish the PDF conversion within {_options.Timeout.TotalSeconds:0} s; its processes were stopped.");
        }

        var messages = new StringBuilder();
        messages.Append(await stdout.ConfigureAwait(false)).Append(await stderr.ConfigureAwait(false));
        var pdf = Path.Combine(output, "document.pdf");
        if (process.ExitCode != 0 || !File.Exists(pdf))
        {
            throw new PdfConversionException(
                $"LibreOffice produced no PDF (exit code {process.ExitCode}): {messages.ToString().Trim()}");
        }

        var bytes = await File.ReadAllBytesAsync(pdf, cancellationToken).ConfigureAwait(false);
        return bytes.Length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
            ? bytes
            : throw new PdfConversionException("LibreOffice wrote a file that is not a PDF.");
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (Win32Exception)
        {
            // Could not be killed (already exiting); nothing more to do.
        }
    }

    private static void TryDelete(string directory)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(50);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(50);
            }
        }
    }
}
