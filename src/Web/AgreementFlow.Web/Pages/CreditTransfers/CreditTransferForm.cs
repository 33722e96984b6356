namespace AgreementFlow.Web.Pages.CreditTransfers;

/// <summary>The fields of the new-application form, as posted.</summary>
public sealed class CreditTransferForm
{
    public Guid? ApplicantOrganizationId { get; set; }

    public string? ApplicantKind { get; set; }

    public string? ApplicantName { get; set; }

    public Guid? SourceOrganizationId { get; set; }

    public string? SourceOrganizationName { get; set; }

    public string? SourceProgramName { get; set; }

    public string? TargetUnit { get; set; }

    public string? RequiredHours { get; set; }

    public string? AgreementId { get; set; }

    public string? Students { get; set; }
}
