namespace AgreementFlow.Data.Signing;

/// <summary>The signing method of one party of one agreement; a party without a row signs by <see cref="SigningMethod.Simple"/>.</summary>
public sealed class SigningMethodChoice
{
    public Guid AgreementId { get; set; }

    public Guid OrganizationId { get; set; }

    public SigningMethod Method { get; set; }

    public Guid ChosenByPersonId { get; set; }

    public DateTime ChosenAtUtc { get; set; }
}
