namespace AgreementFlow.Data.CreditTransfers;

public enum CreditDecision
{
    /// <summary>Not decided yet.</summary>
    Pending,

    /// <summary>Зачесть полностью.</summary>
    Full,

    /// <summary>Зачесть частично.</summary>
    Partial,

    /// <summary>Отказать в зачёте.</summary>
    Refused,
}
