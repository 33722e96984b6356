namespace AgreementFlow.Data.Agreements;

public enum AgreementKind
{
    /// <summary>Договор о сетевой форме реализации образовательной программы.</summary>
    Agreement,

    /// <summary>Дополнительное соглашение к действующему договору.</summary>
    Amendment,
}
