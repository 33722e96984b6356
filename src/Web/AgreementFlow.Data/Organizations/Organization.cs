namespace AgreementFlow.Data.Organizations;

/// <summary>An organisation that takes part in network agreements: a school, a centre, another partner.</summary>
public sealed class Organization
{
    public const int FullNameMaxLength = 500;
    public const int ShortNameMaxLength = 200;
    public const int RegionCodeMaxLength = 8;
    public const int TimeZoneMaxLength = 64;
    public const int AddressMaxLength = 500;
    public const int EmailMaxLength = 254;
    public const int InnMaxLength = 12;

    public Guid Id { get; set; }

    /// <summary>The full name as in the charter, e.g. МБОУ ДО «Саянский районный Центр детского творчества».</summary>
    public required string FullName { get; set; }

    public required string ShortName { get; set; }

    public OrganizationKind Kind { get; set; }

    /// <summary>The region whose production calendar applies (e.g. "24" Krasnoyarsk krai).</summary>
    public required string RegionCode { get; set; }

    /// <summary>A validated IANA time zone id.</summary>
    public required string TimeZoneId { get; set; }

    public string Address { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>ИНН: 10 digits for a legal entity.</summary>
    public string? Inn { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<Membership> Memberships { get; } = [];
}
