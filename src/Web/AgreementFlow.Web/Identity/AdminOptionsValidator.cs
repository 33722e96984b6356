using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Identity;

/// <summary>Both admin settings or neither: half a bootstrap is a configuration mistake worth stopping for.</summary>
internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var hasEmail = !string.IsNullOrWhiteSpace(options.Email);
        var hasPassword = !string.IsNullOrWhiteSpace(options.Password);
        List<string> failures = [];
        if (hasEmail != hasPassword)
        {
            failures.Add($"Admin:Email and Admin:Password go together: set both or neither (Email is {(hasEmail ? "set" : "missing")}, Password is {(hasPassword ? "set" : "missing")}).");
        }

        if (hasEmail && !options.Email!.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"Admin:Email '{options.Email}' is not an e-mail address.");
        }

        if (hasPassword && options.Password!.Length < 8)
        {
            failures.Add("Admin:Password must be at least 8 characters long.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
