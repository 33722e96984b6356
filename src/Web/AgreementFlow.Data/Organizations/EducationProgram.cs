namespace AgreementFlow.Data.Organizations;

/// <summary>An educational programme an organisation owns and may run in the network form.</summary>
public sealed class EducationProgram
{
    public const int NameMaxLength = 300;

    public Guid Id { get; set; }

    public required string Name { get; set; }

    public ProgramFocus Focus { get; set; }

    public ProgramLevel Level { get; set; }

    /// <summary>Volume in academic hours.</summary>
    public int Hours { get; set; }

    public Guid OwnerOrganizationId { get; set; }

    public Organization? OwnerOrganization { get; set; }
}
