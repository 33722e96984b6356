namespace AgreementFlow.Data.Agreements;

/// <summary>
/// How many agreements an organisation is a party to in one stage: what the board's counts by stage read,
/// instead of counting the organisation's agreements on every page view.
/// </summary>
/// <remarks>
/// Kept by <see cref="AgreementStageCounter"/> in the same transaction as the change that creates, moves or
/// deletes an agreement (or one of its parties), whoever saves it; <see cref="AgreementStageCounter.RecountAsync"/>
/// rebuilds it from the agreements.
/// </remarks>
public sealed class AgreementStageCount
{
    public Guid OrganizationId { get; set; }

    public required string Stage { get; set; }

    public int Count { get; set; }
}
