using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>
/// Which certificates an SMTP server may present after STARTTLS: whatever the system's store trusts for the host's
/// name, and besides, with <see cref="SmtpSettings.TrustedCertificateFile"/>, exactly the certificates of that file or
/// one issued by a certificate authority in it (still for the host's name). Nothing else: there is no "accept any".
/// </summary>
public sealed class ServerCertificateTrust
{
    private readonly X509Certificate2Collection _extra;

    private ServerCertificateTrust(X509Certificate2Collection extra, string? file)
    {
        _extra = extra;
        File = file;
    }

    /// <summary>The system's store alone.</summary>
    public static ServerCertificateTrust System { get; } = new([], null);

    /// <summary>The file whose certificates are trusted besides the system's store, if any.</summary>
    public string? File { get; }

    /// <summary>
    /// The system's store plus the certificates of <paramref name="file"/> (none when it is empty). Throws
    /// <see cref="InvalidOperationException"/> naming the setting when the file is missing or holds no PEM certificate.
    /// </summary>
    public static ServerCertificateTrust Load(string? file)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return System;
        }

        if (!global::System.IO.File.Exists(file))
        {
            throw new InvalidOperationException($"Mail:Smtp:TrustedCertificateFile '{file}' does not exist.");
        }

        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(file);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"Mail:Smtp:TrustedCertificateFile '{file}' is not a PEM certificate file: {ex.Message}", ex);
        }

        if (certificates.Count == 0)
        {
            throw new InvalidOperationException($"Mail:Smtp:TrustedCertificateFile '{file}' holds no PEM certificate (-----BEGIN CERTIFICATE-----).");
        }

        return new ServerCertificateTrust(certificates, file);
    }

    /// <summary>
    /// Checks the server's certificate: null when it is trusted, else why not (for the failure an administrator reads).
    /// A certificate for another name is never trusted.
    /// </summary>
    public string? Check(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return null;
        }

        var systemVerdict = Describe(errors, chain);
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null || _extra.Count == 0)
        {
            return systemVerdict;
        }

        using var presented = new X509Certificate2(certificate);
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_extra);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        custom.ChainPolicy.ApplicationPolicy.Add(new Oid("1.3.6.1.5.5.7.3.1"));
        if (chain is not null)
        {
            // The intermediates the server sent, so a chain through them to the trusted authority is found.
            foreach (var element in chain.ChainElements.Skip(1))
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        if (custom.Build(presented))
        {
            return null;
        }

        // Exactly a certificate of the file (the server's own, not self-signed, its issuer unknown): trusted while it is in date.
        const X509ChainStatusFlags Fatal = X509ChainStatusFlags.NotTimeValid | X509ChainStatusFlags.Revoked | X509ChainStatusFlags.NotSignatureValid | X509ChainStatusFlags.NotValidForUsage;
        var pinned = _extra.Any(c => c.RawData.AsSpan().SequenceEqual(presented.RawData));
        var leafStatus = custom.ChainElements.Count > 0 ? custom.ChainElements[0].ChainElementStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status) : X509ChainStatusFlags.NoError;
        return pinned && (leafStatus & Fatal) == 0 ? null : $"{systemVerdict}; nor does it chain to {File}: {Statuses(custom)}";
    }

    private static string Describe(SslPolicyErrors errors, X509Chain? chain)
    {
        var parts = new List<string>();
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            parts.Add("the server presented no certificate");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            parts.Add("its certificate is for another name");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
        {
            parts.Add("its certificate is not trusted by the system's store" + (chain is null ? "" : $" ({Statuses(chain)})"));
        }

        return string.Join("; ", parts);
    }

    private static string Statuses(X509Chain chain)
    {
        var statuses = chain.ChainStatus.Select(s => s.Status.ToString()).Distinct().ToList();
        return statuses.Count == 0 ? "no reason given" : string.Join(", ", statuses);
    }
}
