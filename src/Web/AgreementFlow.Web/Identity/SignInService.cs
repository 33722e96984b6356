using System.Security.Claims;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Identity;

/// <summary>Checks passwords, counts failures, locks accounts and builds the session principal.</summary>
public sealed class SignInService(
    AgreementFlowDbContext db,
    IPasswordHasher<Person> hasher,
    IOptions<AuthOptions> options,
    TimeProvider clock)
{
    // Verifying against a real hash when the e-mail is unknown keeps both answers equally slow.
    private static readonly string UnknownUserHash = new PasswordHasher<Person>().HashPassword(null!, "unknown-user-password");

    public async Task<SignInOutcome> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalized = NormalizeEmail(email);
        var person = await db.People.Include(p => p.Memberships)
            .SingleOrDefaultAsync(p => p.Email == normalized, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        if (person is null || person.PasswordHash is null)
        {
            hasher.VerifyHashedPassword(null!, UnknownUserHash, password);
            return SignInOutcome.Failed;
        }

        if (person.LockoutEndUtc > now)
        {
            return new SignInOutcome(null, person.LockoutEndUtc);
        }

        var verdict = hasher.VerifyHashedPassword(person, person.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            person.FailedSignInCount++;
            if (person.FailedSignInCount >= options.Value.MaxFailedSignIns)
            {
                person.FailedSignInCount = 0;
                person.LockoutEndUtc = now.AddMinutes(options.Value.LockoutMinutes);
                await db.SaveChangesAsync(cancellationToken);
                return new SignInOutcome(null, person.LockoutEndUtc);
            }

            await db.SaveChangesAsync(cancellationToken);
            return SignInOutcome.Failed;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            person.PasswordHash = hasher.HashPassword(person, password);
        }

        person.FailedSignInCount = 0;
        person.LockoutEndUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        return new SignInOutcome(CreatePrincipal(person), null);
    }

    /// <summary>The session principal of <paramref name="person"/>, whose memberships must be loaded.</summary>
    public static ClaimsPrincipal CreatePrincipal(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        List<Claim> claims =
        [
            new(AgreementFlowClaims.PersonId, person.Id.ToString()),
            new(ClaimTypes.Name, person.FullName),
            new(ClaimTypes.Email, person.Email),
            new(AgreementFlowClaims.SecurityStamp, person.SecurityStamp),
            new(AgreementFlowClaims.Language, person.PreferredLanguage),
        ];
        if (person.IsAdministrator)
        {
            claims.Add(new(AgreementFlowClaims.Administrator, "true"));
        }

        claims.AddRange(person.Memberships.Select(m =>
            new Claim(AgreementFlowClaims.Membership, CurrentUser.FormatMembership(m.OrganizationId, m.Role))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, null));
    }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
