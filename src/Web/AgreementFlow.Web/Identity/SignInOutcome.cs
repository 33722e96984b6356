using System.Security.Claims;

namespace AgreementFlow.Web.Identity;

/// <summary>The answer to a sign-in attempt.</summary>
public sealed record SignInOutcome(ClaimsPrincipal? Principal, DateTime? LockedUntilUtc)
{
    public bool Succeeded => Principal is not null;

    public bool IsLockedOut => LockedUntilUtc is not null;

    public static SignInOutcome Failed { get; } = new(null, null);
}
