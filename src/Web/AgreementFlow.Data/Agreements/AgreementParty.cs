namespace AgreementFlow.Data.Agreements;

/// <summary>An organisation that is a party to an agreement; the base is a party too, so one index finds all of an organisation's agreements.</summary>
public sealed class AgreementParty
{
    public Guid AgreementId { get; set; }

    public Guid OrganizationId { get; set; }

    public bool IsBase { get; set; }

    public int Position { get; set; }
}
