namespace AgreementFlow.Data.Registration;

/// <summary>What a journal line registers.</summary>
public enum RegisteredDocumentKind
{
    /// <summary>Договор о сетевой форме.</summary>
    Agreement,

    /// <summary>Дополнительное соглашение.</summary>
    Amendment,

    /// <summary>Приказ о зачёте.</summary>
    CreditTransferOrder,
}
