using System.Globalization;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AgreementFlow.Web.Api;

internal static class AuthEndpoints
{
    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record MeResponse(PersonView Person, IReadOnlyList<string> Roles);

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/login", LoginAsync).AllowAnonymous().WithTags("Auth")
            .WithSummary("Signs in with e-mail and password and sets the session cookie.");
        api.MapPost("/auth/logout", (Delegate)LogoutAsync).WithTags("Auth");
        api.MapGet("/me", MeAsync).WithTags("Auth").WithSummary("The signed-in person, memberships and roles.");
        return api;
    }

    private static async Task<IResult> LoginAsync(LoginRequest? request, SignInService signIn, HttpContext http, TimeProvider clock, Texts t, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request?.Email))
        {
            errors.Add("email", t["Укажите e-mail."]);
        }

        if (string.IsNullOrEmpty(request?.Password))
        {
            errors.Add("password", t["Укажите пароль."]);
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: t["Проверьте введённые данные."]);
        }

        var outcome = await signIn.CheckPasswordAsync(request!.Email!, request.Password!, cancellationToken);
        if (outcome.IsLockedOut)
        {
            var retryAfter = Math.Max(1, (int)Math.Ceiling((outcome.LockedUntilUtc!.Value - clock.GetUtcNow().UtcDateTime).TotalSeconds));
            http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: t["Вход временно заблокирован."],
                detail: t.Format("Слишком много неудачных попыток. Попробуйте снова через {0} мин.", (retryAfter + 59) / 60));
        }

        if (!outcome.Succeeded)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: t["Неверный e-mail или пароль."]);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Principal!);
        var user = new CurrentUser(outcome.Principal!);
        return TypedResults.Ok(new { personId = user.PersonId, name = user.Name });
    }

    private static async Task<IResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> MeAsync(CurrentUser user, PersonService people, Texts t, CancellationToken cancellationToken)
    {
        var person = await people.FindAsync(user.PersonId, cancellationToken);
        if (person is null)
        {
            return ApiResults.NotFound(t["Сотрудник не найден."], t);
        }

        var roles = person.Memberships.Select(m => m.Role).Distinct().ToList();
        if (person.IsAdministrator)
        {
            roles.Insert(0, "administrator");
        }

        return TypedResults.Ok(new MeResponse(person, roles));
    }
}
