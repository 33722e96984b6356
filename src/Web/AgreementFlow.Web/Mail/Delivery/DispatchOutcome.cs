namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>What became of one message in a dispatcher run.</summary>
public enum DispatchOutcome
{
    Sent,

    /// <summary>A transient failure: tried again after a backoff.</summary>
    Retrying,

    /// <summary>A permanent failure, or too many transient ones: given up, the reason kept.</summary>
    Failed,

    /// <summary>Outside the recipient organisation's send window, or spread after an opening: waits.</summary>
    Deferred,

    /// <summary>Not to be sent: the task answered, folded into a digest, already reminded in this window, unsubscribed.</summary>
    Skipped,
}
