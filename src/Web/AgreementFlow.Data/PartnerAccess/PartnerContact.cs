using AgreementFlow.Data.Organizations;

namespace AgreementFlow.Data.PartnerAccess;

/// <summary>
/// The person a base's coordinator names at one partner organisation of one agreement: the one who gets the partner's links
/// and becomes the assignee of the partner's open work. Backed by a <see cref="Person"/> of the partner organisation (found by
/// e-mail, or created without a password).
/// </summary>
public sealed class PartnerContact
{
    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    /// <summary>The partner organisation the contact speaks for.</summary>
    public Guid OrganizationId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The e-mail as the coordinator gave it, lower-case.</summary>
    public required string Email { get; set; }

    public required string FullName { get; set; }

    /// <summary>The role the contact holds in the partner organisation (a membership of it exists).</summary>
    public OrganizationRole Role { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid UpdatedByPersonId { get; set; }
}
