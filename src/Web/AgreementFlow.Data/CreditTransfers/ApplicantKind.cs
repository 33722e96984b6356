namespace AgreementFlow.Data.CreditTransfers;

public enum ApplicantKind
{
    /// <summary>An adult student applies for themself.</summary>
    Student,

    /// <summary>A parent (законный представитель) applies for a minor.</summary>
    Parent,
}
