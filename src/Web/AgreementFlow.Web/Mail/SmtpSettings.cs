namespace AgreementFlow.Web.Mail;

/// <summary>The SMTP server (section <c>Mail:Smtp</c>).</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    /// <summary>Default 25 (587 is usual with <see cref="StartTls"/>).</summary>
    public int Port { get; set; } = 25;

    /// <summary>Upgrade the connection with STARTTLS. Default false.</summary>
    public bool StartTls { get; set; }

    /// <summary>With <see cref="Password"/>: authenticate; both or neither.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// A PEM file with the server's own certificate or the certificate authority that issued it (an on-premise server
    /// with its own CA), trusted in addition to the system's store. Empty: the system's store alone.
    /// </summary>
    public string? TrustedCertificateFile { get; set; }
}
