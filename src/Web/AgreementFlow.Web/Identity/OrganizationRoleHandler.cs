using Microsoft.AspNetCore.Authorization;

namespace AgreementFlow.Web.Identity;

/// <summary>Decides <see cref="OrganizationRoleRequirement"/> for a resource that is an organisation id.</summary>
internal sealed class OrganizationRoleHandler : AuthorizationHandler<OrganizationRoleRequirement, Guid>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OrganizationRoleRequirement requirement, Guid organizationId)
    {
        var user = new CurrentUser(context.User);
        if (user.IsAdministrator || user.HasRole(organizationId, [.. requirement.Roles]))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
