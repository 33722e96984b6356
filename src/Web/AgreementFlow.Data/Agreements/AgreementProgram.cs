namespace AgreementFlow.Data.Agreements;

/// <summary>A programme an agreement covers.</summary>
public sealed class AgreementProgram
{
    public Guid AgreementId { get; set; }

    public Guid ProgramId { get; set; }
}
