namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>What one run of the dispatcher did.</summary>
public sealed record DispatchReport(int Sent, int Retrying, int Failed, int Deferred, int Skipped)
{
    public static DispatchReport Empty { get; } = new(0, 0, 0, 0, 0);

    public int Handled => Sent + Retrying + Failed + Deferred + Skipped;

    public DispatchReport Add(DispatchOutcome outcome) => outcome switch
    {
        DispatchOutcome.Sent => this with { Sent = Sent + 1 },
        DispatchOutcome.Retrying => this with { Retrying = Retrying + 1 },
        DispatchOutcome.Failed => this with { Failed = Failed + 1 },
        DispatchOutcome.Deferred => this with { Deferred = Deferred + 1 },
        _ => this with { Skipped = Skipped + 1 },
    };
}
