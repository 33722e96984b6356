namespace AgreementFlow.Data.Organizations;

/// <summary>Someone who signs in: staff of an organisation, or an administrator of the deployment.</summary>
public sealed class Person
{
    public const int FullNameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 32;
    public const int LanguageMaxLength = 8;

    public Guid Id { get; set; }

    public required string FullName { get; set; }

    /// <summary>The sign-in e-mail, stored lower-case; unique.</summary>
    public required string Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>"ru" or "en": the language of the pages and of the e-mails this person gets.</summary>
    public string PreferredLanguage { get; set; } = "ru";

    /// <summary>A deployment administrator: manages the directory, calendars and workflow versions.</summary>
    public bool IsAdministrator { get; set; }

    /// <summary>The PasswordHasher output; null for a person who cannot sign in yet.</summary>
    public string? PasswordHash { get; set; }

    public int FailedSignInCount { get; set; }

    public DateTime? LockoutEndUtc { get; set; }

    /// <summary>Changes when the password or memberships change, so older sessions are signed out.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public DateTime CreatedAtUtc { get; set; }

    public List<Membership> Memberships { get; } = [];
}
