namespace AgreementFlow.Data.Organizations;

/// <summary>A person holding a role in an organisation.</summary>
public sealed class Membership
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public Person? Person { get; set; }

    public Guid OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public OrganizationRole Role { get; set; }
}
