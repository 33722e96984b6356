using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Mail;

/// <summary>Names every mail setting that is missing or wrong, at start-up.</summary>
internal sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        List<string> failures = [];
        if (options.Mode == MailMode.Pickup && string.IsNullOrWhiteSpace(options.PickupFolder))
        {
            failures.Add("Mail:PickupFolder is required when Mail:Mode is Pickup.");
        }

        if (options.Mode == MailMode.Smtp)
        {
            if (string.IsNullOrWhiteSpace(options.Smtp.Host))
            {
                failures.Add("Mail:Smtp:Host is required when Mail:Mode is Smtp.");
            }

            if (options.Smtp.Port is < 1 or > 65535)
            {
                failures.Add($"Mail:Smtp:Port must be between 1 and 65535, not {options.Smtp.Port}.");
            }

            if (string.IsNullOrWhiteSpace(options.Smtp.User) != string.IsNullOrWhiteSpace(options.Smtp.Password))
            {
                failures.Add("Mail:Smtp:User and Mail:Smtp:Password go together: set both or neither.");
            }

            if (!string.IsNullOrWhiteSpace(options.Smtp.TrustedCertificateFile))
            {
                if (!options.Smtp.StartTls)
                {
                    failures.Add("Mail:Smtp:TrustedCertificateFile is only used with Mail:Smtp:StartTls = true: set both or neither.");
                }

                try
                {
                    Delivery.ServerCertificateTrust.Load(options.Smtp.TrustedCertificateFile);
                }
                catch (InvalidOperationException ex)
                {
                    failures.Add(ex.Message);
                }
            }
        }

        if (!MailAddress.TryCreate(options.From, out _))
        {
            failures.Add($"Mail:From '{options.From}' is not an e-mail address.");
        }

        if (!Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            failures.Add($"App:PublicUrl '{options.PublicUrl}' must be an absolute http(s) address.");
        }

        if (options.DispatchIntervalSeconds is < 1 or > 3600)
        {
            failures.Add("Mail:DispatchIntervalSeconds must be between 1 and 3600.");
        }

        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add("Mail:BatchSize must be between 1 and 10000.");
        }

        if (options.Parallelism is < 1 or > 64)
        {
            failures.Add("Mail:Parallelism must be between 1 and 64.");
        }

        if (options.MaxAttempts < 1)
        {
            failures.Add("Mail:MaxAttempts must be at least 1.");
        }

        if (options.RetryBase <= TimeSpan.Zero || options.RetryCap < options.RetryBase)
        {
            failures.Add("Mail:RetryBase must be positive and Mail:RetryCap at least as long.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
