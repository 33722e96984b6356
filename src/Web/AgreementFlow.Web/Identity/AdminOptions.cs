namespace AgreementFlow.Web.Identity;

/// <summary>
/// The first administrator (section <c>Admin</c>): created at start-up when no administrator exists,
/// never overwritten afterwards. Both empty means no bootstrap.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string? Email { get; set; }

    public string? Password { get; set; }
}
