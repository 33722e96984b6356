using System.Threading.Channels;

namespace AgreementFlow.Web.Agreements;

/// <summary>Batches waiting to be worked through; the stored batch rows are the truth, this only wakes the processor.</summary>
public sealed class AgreementBatchSignal
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid batchId) => _channel.Writer.TryWrite(batchId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
