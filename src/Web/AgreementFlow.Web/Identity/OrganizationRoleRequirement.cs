using AgreementFlow.Data.Organizations;
using Microsoft.AspNetCore.Authorization;

namespace AgreementFlow.Web.Identity;

/// <summary>
/// Met when the user is an administrator, or holds one of <see cref="Roles"/> (any role when empty) in the
/// organisation the resource names.
/// </summary>
public sealed class OrganizationRoleRequirement(params OrganizationRole[] roles) : IAuthorizationRequirement
{
    public IReadOnlyList<OrganizationRole> Roles { get; } = roles;
}
