using AgreementFlow.Web.Calendars;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Api;

/// <summary><c>/api/calendar</c>: production calendars; everyone reads, administrators edit.</summary>
internal static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("Calendar");
        group.MapGet("/", async (CalendarService calendars, CancellationToken ct) => TypedResults.Ok(await calendars.ListAsync(ct)));
        group.MapGet("/{region}/{year:int}", async (string region, int year, CalendarService calendars, Texts t, CancellationToken ct) =>
            ApiResults.From(await calendars.GetYearAsync(region, year, ct), TypedResults.Ok, t));
        group.MapPut("/{region}/{year:int}", async (string region, int year, CalendarYearInput input, CalendarService calendars, Texts t, CancellationToken ct) =>
            ApiResults.From(await calendars.ReplaceYearAsync(region, year, input, ct), TypedResults.Ok, t))
            .RequireAuthorization(Policies.Administrator);
        group.MapDelete("/{region}/{year:int}", async (string region, int year, CalendarService calendars, Texts t, CancellationToken ct) =>
            ApiResults.From(await calendars.DeleteYearAsync(region, year, ct), _ => TypedResults.NoContent(), t))
            .RequireAuthorization(Policies.Administrator);
        return api;
    }
}
