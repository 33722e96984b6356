using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Signing;

/// <summary>Checks the signing settings at start-up and reports every failure at once.</summary>
internal sealed class SigningOptionsValidator : IValidateOptions<SigningOptions>
{
    public ValidateOptionsResult Validate(string? name, SigningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.CodeValidityMinutes is < 1 or > 60)
        {
            failures.Add($"Signing:CodeValidityMinutes must be between 1 and 60 (it is {options.CodeValidityMinutes}).");
        }

        if (options.MaxCodeAttempts is < 1 or > 20)
        {
            failures.Add($"Signing:MaxCodeAttempts must be between 1 and 20 (it is {options.MaxCodeAttempts}).");
        }

        if (options.CodesPerMinute < 1 || options.CodesPerHour < options.CodesPerMinute)
        {
            failures.Add($"Signing:CodesPerMinute must be at least 1 and Signing:CodesPerHour at least as many (they are {options.CodesPerMinute} and {options.CodesPerHour}).");
        }

        if (options.MaxUploadBytes is < 1024 or > 200L * 1024 * 1024)
        {
            failures.Add($"Signing:MaxUploadBytes must be between 1 KB and 200 MB (it is {options.MaxUploadBytes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
