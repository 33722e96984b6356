using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>Checks the link settings at start-up and reports every failure at once.</summary>
internal sealed class PartnerLinksOptionsValidator(IHostEnvironment environment) : IValidateOptions<PartnerLinksOptions>
{
    public ValidateOptionsResult Validate(string? name, PartnerLinksOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            if (!PartnerLinkKey.TryDecode(options.SigningKey, out _))
            {
                failures.Add("PartnerLinks:SigningKey must be base64 of at least 32 random bytes (e.g. `openssl rand -base64 32`).");
            }
        }
        else if (string.IsNullOrWhiteSpace(options.SigningKeyFile) && !environment.IsDevelopment())
        {
            failures.Add("PartnerLinks:SigningKey is required outside Development: base64 of at least 32 random bytes (e.g. `openssl rand -base64 32`), " +
                "or set PartnerLinks:SigningKeyFile to a file the app creates once and keeps.");
        }

        if (options.ValidDays is < 1 or > 90)
        {
            failures.Add($"PartnerLinks:ValidDays must be between 1 and 90 days (it is {options.ValidDays}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
