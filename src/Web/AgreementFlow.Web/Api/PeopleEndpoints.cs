using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Authorization;

namespace AgreementFlow.Web.Api;

/// <summary>
/// <c>/api/people</c>: personal data. Administrators see and change everyone; staff see the people of
/// their own organisations and nobody else.
/// </summary>
internal static class PeopleEndpoints
{
    public static IEndpointRouteBuilder MapPeopleEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People");
        group.MapGet("/", async (CurrentUser user, PersonService people, CancellationToken ct) =>
            TypedResults.Ok(await people.ListAsync(user.IsAdministrator ? null : user.OrganizationIds, ct)));
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", async (PersonInput input, PersonService people, Texts t, CancellationToken ct) =>
            ApiResults.From(await people.CreateAsync(input, ct), created => TypedResults.Created($"/api/people/{created.Id}", created), t))
            .RequireAuthorization(Policies.Administrator);
        group.MapPut("/{id:guid}", async (Guid id, PersonInput input, PersonService people, Texts t, CancellationToken ct) =>
            ApiResults.From(await people.UpdateAsync(id, input, ct), TypedResults.Ok, t))
            .RequireAuthorization(Policies.Administrator);
        group.MapDelete("/{id:guid}", async (Guid id, PersonService people, Texts t, CancellationToken ct) =>
            ApiResults.From(await people.DeleteAsync(id, ct), _ => TypedResults.NoContent(), t))
            .RequireAuthorization(Policies.Administrator);
        return api;
    }

    private static async Task<IResult> GetAsync(
        Guid id, CurrentUser user, PersonService people, IAuthorizationService authorization, HttpContext http, Texts t, CancellationToken ct)
    {
        var person = await people.FindAsync(id, ct);
        if (person is null)
        {
            return ApiResults.NotFound(t["Сотрудник не найден."], t);
        }

        if (person.Id == user.PersonId)
        {
            return TypedResults.Ok(person);
        }

        foreach (var membership in person.Memberships)
        {
            if ((await authorization.AuthorizeAsync(http.User, membership.OrganizationId, Policies.SeeOrganizationStaff)).Succeeded)
            {
                return TypedResults.Ok(person);
            }
        }

        return user.IsAdministrator ? TypedResults.Ok(person) : ApiResults.Forbidden(t["Этот сотрудник не из вашей организации."], t);
    }
}
