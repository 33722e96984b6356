using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Organizations;

namespace AgreementFlow.Web.Api;

/// <summary><c>/api/organizations</c>: the directory every signed-in user reads; only administrators change it.</summary>
internal static class OrganizationEndpoints
{
    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Organizations");
        group.MapGet("/", async (OrganizationService organizations, CancellationToken ct) =>
            TypedResults.Ok(await organizations.ListAsync(ct)));
        group.MapGet("/{id:guid}", async (Guid id, OrganizationService organizations, Texts t, CancellationToken ct) =>
            await organizations.FindAsync(id, ct) is { } found ? TypedResults.Ok(found) : ApiResults.NotFound(t["Организация не найдена."], t));
        group.MapPost("/", async (OrganizationInput input, OrganizationService organizations, Texts t, CancellationToken ct) =>
            ApiResults.From(await organizations.CreateAsync(input, ct), created => TypedResults.Created($"/api/organizations/{created.Id}", created), t))
            .RequireAuthorization(Policies.Administrator);
        group.MapPut("/{id:guid}", async (Guid id, OrganizationInput input, OrganizationService organizations, Texts t, CancellationToken ct) =>
            ApiResults.From(await organizations.UpdateAsync(id, input, ct), TypedResults.Ok, t))
            .RequireAuthorization(Policies.Administrator);
        group.MapDelete("/{id:guid}", async (Guid id, OrganizationService organizations, Texts t, CancellationToken ct) =>
            ApiResults.From(await organizations.DeleteAsync(id, ct), _ => TypedResults.NoContent(), t))
            .RequireAuthorization(Policies.Administrator);
        return api;
    }
}
