using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Documents.Pdf;

/// <summary>
/// The bounded queue of document versions waiting for their PDF/A. It holds ids only: the state is the
/// row's <c>PdfStatus</c>, so a restart loses nothing (the worker queues what was left <c>Queued</c>).
/// </summary>
public sealed class PdfRequests(IOptions<DocumentsOptions> options)
{
    private readonly Channel<Guid> _channel = Channel.CreateBounded<Guid>(new BoundedChannelOptions(options.Value.PdfQueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleWriter = false,
        SingleReader = false,
    });

    /// <summary>False when the queue is full: the row stays queued and the next restart or request takes it.</summary>
    public bool TryEnqueue(Guid documentId) => _channel.Writer.TryWrite(documentId);

    public ChannelReader<Guid> Reader => _channel.Reader;
}
