using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Archive;

/// <summary>Checks the archive settings at start-up and reports every failure at once.</summary>
internal sealed class ArchiveOptionsValidator : IValidateOptions<ArchiveOptions>
{
    public ValidateOptionsResult Validate(string? name, ArchiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            failures.Add("Storage:ArchiveFolder must name a folder for the archive's files.");
        }

        if (!Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            failures.Add($"App:PublicUrl must be an absolute http(s) address (it is '{options.PublicUrl}').");
        }

        foreach (var (kind, years) in options.RetentionYears.Where(p => p.Value is < 1 or > 100))
        {
            failures.Add($"Archive:RetentionYears:{kind} must be between 1 and 100 years (it is {years}).");
        }

        if (options.DefaultRetentionYears is < 1 or > 100)
        {
            failures.Add($"Archive:DefaultRetentionYears must be between 1 and 100 years (it is {options.DefaultRetentionYears}).");
        }

        if (options.IntegrityIntervalMinutes is < 1 or > 10_080)
        {
            failures.Add($"Archive:IntegrityIntervalMinutes must be between 1 and 10080 (it is {options.IntegrityIntervalMinutes}).");
        }

        if (options.IntegrityBatchSize is < 1 or > 10_000)
        {
            failures.Add($"Archive:IntegrityBatchSize must be between 1 and 10000 (it is {options.IntegrityBatchSize}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
