using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Authorization;

namespace AgreementFlow.Web.Api;

/// <summary>
/// <c>/api/programs</c>: every signed-in user reads them (partners choose programmes for agreements);
/// an administrator, or the owning organisation's director, coordinator or legal staff change them.
/// </summary>
internal static class ProgramEndpoints
{
    public static IEndpointRouteBuilder MapProgramEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/programs").WithTags("Programs");
        group.MapGet("/", async (Guid? organizationId, ProgramService programs, CancellationToken ct) =>
            TypedResults.Ok(await programs.ListAsync(organizationId, ct)));
        group.MapGet("/{id:guid}", async (Guid id, ProgramService programs, Texts t, CancellationToken ct) =>
            await programs.FindAsync(id, ct) is { } found ? TypedResults.Ok(found) : ApiResults.NotFound(t["Программа не найдена."], t));
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id:guid}", UpdateAsync);
        group.MapDelete("/{id:guid}", DeleteAsync);
        return api;
    }

    private static async Task<IResult> CreateAsync(
        ProgramInput input, ProgramService programs, IAuthorizationService authorization, HttpContext http, Texts t, CancellationToken ct)
    {
        if (input.OwnerOrganizationId is { } owner && !await MayManageAsync(authorization, http, owner))
        {
            return ApiResults.Forbidden(t["Программы этой организации меняют её директор, координатор, юрист или администратор."], t);
        }

        return ApiResults.From(await programs.CreateAsync(input, ct), created => TypedResults.Created($"/api/programs/{created.Id}", created), t);
    }

    private static async Task<IResult> UpdateAsync(
        Guid id, ProgramInput input, ProgramService programs, IAuthorizationService authorization, HttpContext http, Texts t, CancellationToken ct)
    {
        var denied = await CheckOwnerAsync(id, programs, authorization, http, t, ct);
        if (denied is not null)
        {
            return denied;
        }

        // Moving a programme to another organisation needs the right to manage that one too.
        if (input.OwnerOrganizationId is { } newOwner && !await MayManageAsync(authorization, http, newOwner))
        {
            return ApiResults.Forbidden(t["Программы этой организации меняют её директор, координатор, юрист или администратор."], t);
        }

        return ApiResults.From(await programs.UpdateAsync(id, input, ct), TypedResults.Ok, t);
    }

    private static async Task<IResult> DeleteAsync(
        Guid id, ProgramService programs, IAuthorizationService authorization, HttpContext http, Texts t, CancellationToken ct) =>
        await CheckOwnerAsync(id, programs, authorization, http, t, ct)
            ?? ApiResults.From(await programs.DeleteAsync(id, ct), (Unit _) => TypedResults.NoContent(), t);

    private static async Task<IResult?> CheckOwnerAsync(
        Guid id, ProgramService programs, IAuthorizationService authorization, HttpContext http, Texts t, CancellationToken ct)
    {
        var owner = await programs.FindOwnerAsync(id, ct);
        if (owner is null)
        {
            return ApiResults.NotFound(t["Программа не найдена."], t);
        }

        return await MayManageAsync(authorization, http, owner.Value)
            ? null
            : ApiResults.Forbidden(t["Программы этой организации меняют её директор, координатор, юрист или администратор."], t);
    }

    private static async Task<bool> MayManageAsync(IAuthorizationService authorization, HttpContext http, Guid organizationId) =>
        (await authorization.AuthorizeAsync(http.User, organizationId, Policies.ManageOrganizationPrograms)).Succeeded;
}
