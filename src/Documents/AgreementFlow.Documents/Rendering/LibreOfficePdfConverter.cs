using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AgreementFlow.Documents.Rendering;

/// <summary>Converts DOCX to PDF/A-2b with LibreOffice headless.</summary>
/// <remarks>
/// <para>At most <see cref="LibreOfficeOptions.MaxConcurrency"/> <c>soffice</c> processes run at once, each with a fresh
/// profile directory of its own (<c>-env:UserInstallation</c>): two processes sharing a profile block each other or
/// fail silently. Starting LibreOffice costs seconds while converting a document costs a fraction of one, so requests
/// that queue while every process is busy are converted together by the next process (up to
/// <see cref="LibreOfficeOptions.MaxBatchSize"/>); a lone request starts at once. A process that outlives
/// <see cref="LibreOfficeOptions.Timeout"/> has its whole tree killed, failing the documents it held. Temporary
/// directories are removed before any caller hears the result.</para>
/// <para>PDF/A-2b comes from the export filter's JSON options (LibreOffice 7.4 and later):
/// <c>{"SelectPdfVersion":{"type":"long","value":"2"}}</c>.</para>
/// </remarks>
public sealed class LibreOfficePdfConverter : IPdfConverter, IDisposable
{
    /// <summary>The <c>--convert-to</c> argument: the Writer PDF export filter set to PDF/A-2b.</summary>
    public const string ConvertTo = """pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}""";

    private static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(30);

    private readonly LibreOfficeOptions _options;
    private readonly Lock _gate = new();
    private readonly Queue<Request> _queue = new();
    private readonly CancellationTokenSource _disposed = new();
    private int _running;

    /// <summary>Creates the converter.</summary>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public LibreOfficePdfConverter(LibreOfficeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxConcurrency < 1)
        {
            throw new ArgumentException($"LibreOffice MaxConcurrency must be at least 1, not {options.MaxConcurrency}.", nameof(options));
        }

        if (options.MaxBatchSize < 1)
        {
            throw new ArgumentException($"LibreOffice MaxBatchSize must be at least 1, not {options.MaxBatchSize}.", nameof(options));
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
    }

    /// <inheritdoc />
    public bool IsAvailable => File.Exists(_options.SofficePath);

    /// <inheritdoc />
    public Task<byte[]> ConvertDocxToPdfAAsync(byte[] docx, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        if (!IsAvailable)
        {
            return Task.FromException<byte[]>(new PdfConversionException(
                $"LibreOffice is not installed: {_options.SofficePath} does not exist. Install the Debian packages libreoffice-writer-nogui, fonts-liberation2 and fonts-dejavu-core (./run and ./test do it), or set the path of soffice."));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<byte[]>(cancellationToken);
        }

        var request = new Request(docx, new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously));
        request.Registration = cancellationToken.Register(() => request.Result.TrySetCanceled(cancellationToken));
        var startWorker = false;
        lock (_gate)
        {
            _queue.Enqueue(request);
            if (_running < _options.MaxConcurrency)
            {
                _running++;
                startWorker = true;
            }
        }

        if (startWorker)
        {
            _ = Task.Run(WorkAsync, CancellationToken.None);
        }

        return request.Result.Task;
    }

    /// <summary>Stops running conversions; queued and running requests fail.</summary>
    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        lock (_gate)
        {
            while (_queue.TryDequeue(out var request))
            {
                request.Result.TrySetException(new ObjectDisposedException(nameof(LibreOfficePdfConverter)));
            }
        }

        _disposed.Dispose();
    }

    private async Task WorkAsync()
    {
        // A request rarely comes alone (a batch of agreements, a page asking for several versions): waiting a moment
        // lets the ones just behind it share this process's start-up.
        try
        {
            await Task.Delay(BatchWindow, _disposed.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Disposed: the loop below finds the queue emptied.
        }

        while (true)
        {
            var batch = new List<Request>();
            lock (_gate)
            {
                while (batch.Count < _options.MaxBatchSize && _queue.TryDequeue(out var request))
                {
                    if (!request.Result.Task.IsCompleted)
                    {
                        batch.Add(request);
                    }
                }

                if (batch.Count == 0)
                {
                    _running--;
                    return;
                }
            }

            var outcomes = await ConvertBatchAsync(batch).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Registration.Dispose();
                if (outcomes[i].Pdf is { } pdf)
                {
                    batch[i].Result.TrySetResult(pdf);
                }
                else
                {
                    batch[i].Result.TrySetException(outcomes[i].Error!);
                }
            }
        }
    }

    /// <summary>Converts the batch in one LibreOffice process; never throws: each document gets a PDF or an error.</summary>
    private async Task<Outcome[]> ConvertBatchAsync(List<Request> batch)
    {
        string work;
        try
        {
            work = _options.WorkFolder is { } folder
                ? Directory.CreateDirectory(Path.Combine(folder, "agreementflow-pdf-" + Guid.NewGuid().ToString("N"))).FullName
                : Directory.CreateTempSubdirectory("agreementflow-pdf-").FullName;
        }
        catch (IOException e)
        {
            return Fail(batch.Count, new PdfConversionException($"No temporary directory for the PDF conversion: {e.Message}", e));
        }

        try
        {
            return await ConvertInAsync(work, batch).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Win32Exception or InvalidOperationException or ObjectDisposedException)
        {
            return Fail(batch.Count, new PdfConversionException($"The PDF conversion failed: {e.Message}", e));
        }
        finally
        {
            TryDelete(work);
        }
    }

    private async Task<Outcome[]> ConvertInAsync(string work, List<Request> batch)
    {
        var profile = Path.Combine(work, "profile");
        var output = Path.Combine(work, "out");
        Directory.CreateDirectory(profile);
        Directory.CreateDirectory(output);
        var inputs = new string[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            inputs[i] = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"document-{i}.docx"));
            await File.WriteAllBytesAsync(inputs[i], batch[i].Docx, CancellationToken.None).ConfigureAwait(false);
        }

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
        foreach (var input in inputs)
        {
            start.ArgumentList.Add(input);
        }

        // LibreOffice writes caches under HOME; keep them inside the conversion's own directory.
        start.Environment["HOME"] = work;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return Fail(batch.Count, new PdfConversionException($"LibreOffice could not be started from {_options.SofficePath}: {e.Message}", e));
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            return Fail(batch.Count, new PdfConversionException(
                $"LibreOffice did not finish the PDF conversion within {_options.Timeout.TotalSeconds:0.###} s; its processes were stopped."));
        }

        var messages = new StringBuilder();
        messages.Append(await stdout.ConfigureAwait(false)).Append(await stderr.ConfigureAwait(false));
        var outcomes = new Outcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(inputs[i]) + ".pdf");
            var bytes = File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, CancellationToken.None).ConfigureAwait(false) : null;
            outcomes[i] = bytes is { Length: > 4 } && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                ? new Outcome(bytes, null)
                : new Outcome(null, new PdfConversionException(
                    $"LibreOffice produced no PDF (exit code {process.ExitCode}): {messages.ToString().Trim()}"));
        }

        return outcomes;
    }

    private static Outcome[] Fail(int count, PdfConversionException error) =>
        Enumerable.Repeat(new Outcome(null, error), count).ToArray();

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

    private sealed class Request(byte[] docx, TaskCompletionSource<byte[]> result)
    {
        public byte[] Docx { get; } = docx;

        public TaskCompletionSource<byte[]> Result { get; } = result;

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed record Outcome(byte[]? Pdf, PdfConversionException? Error);
}
