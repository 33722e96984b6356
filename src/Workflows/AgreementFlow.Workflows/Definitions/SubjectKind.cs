namespace AgreementFlow.Workflows.Definitions;

/// <summary>What an instance of a route carries.</summary>
public enum SubjectKind
{
    /// <summary>A network-form agreement (договор о сетевой форме).</summary>
    Agreement,

    /// <summary>An additional agreement to an active one (дополнительное соглашение).</summary>
    Amendment,

    /// <summary>A credit-transfer application (заявление о зачёте).</summary>
    CreditTransfer,
}
