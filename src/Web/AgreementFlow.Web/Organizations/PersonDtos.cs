namespace AgreementFlow.Web.Organizations;

/// <summary>A person as an admin enters them. <see cref="Password"/> is required on create, optional on update (a reset).</summary>
public sealed record PersonInput(
    string? FullName,
    string? Email,
    string? Phone,
    string? PreferredLanguage,
    bool IsAdministrator,
    string? Password,
    IReadOnlyList<MembershipInput>? Memberships);

public sealed record MembershipInput(Guid OrganizationId, string? Role);

public sealed record PersonView(
    Guid Id,
    string FullName,
    string Email,
    string? Phone,
    string PreferredLanguage,
    bool IsAdministrator,
    IReadOnlyList<MembershipView> Memberships);

public sealed record MembershipView(Guid OrganizationId, string OrganizationName, string Role);
