using System.ComponentModel.DataAnnotations;

namespace AgreementFlow.Web.Identity;

/// <summary>Sign-in settings (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Failed sign-ins in a row before the account is locked. Default 5.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked. Default 15 minutes.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a session lasts without activity. Default 8 hours (a working day).</summary>
    [Range(5, 7 * 24 * 60)]
    public int SessionMinutes { get; set; } = 8 * 60;

    /// <summary>
    /// When cookies carry the Secure flag: <c>Always</c> (default) or <c>SameAsRequest</c> for a plain-HTTP
    /// localhost such as <c>./run</c>. Antiforgery refuses plain HTTP under <c>Always</c>.
    /// </summary>
    public CookieSecurePolicy CookieSecurePolicy { get; set; } = CookieSecurePolicy.Always;

    /// <summary>The shortest password accepted. Default 8.</summary>
    [Range(6, 128)]
    public int MinPasswordLength { get; set; } = 8;
}
