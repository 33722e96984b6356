namespace AgreementFlow.Web.Organizations;

/// <summary>An organisation as a form or a JSON body gives it; every field is checked, none is trusted.</summary>
public sealed record OrganizationInput(
    string? FullName,
    string? ShortName,
    string? Kind,
    string? RegionCode,
    string? TimeZone,
    string? Address,
    string? Email,
    string? Inn);

public sealed record OrganizationView(
    Guid Id,
    string FullName,
    string ShortName,
    string Kind,
    string RegionCode,
    string TimeZone,
    string Address,
    string Email,
    string? Inn);
