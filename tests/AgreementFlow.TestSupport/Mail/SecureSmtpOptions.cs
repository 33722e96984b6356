namespace AgreementFlow.TestSupport.Mail;

/// <summary>
/// How a <see cref="SmtpServer"/> is secured: STARTTLS with a certificate the test generated, then AUTH required with
/// <paramref name="User"/> and <paramref name="Password"/> (only over TLS), offering PLAIN and LOGIN or, with
/// <paramref name="OnlyLogin"/>, LOGIN alone. With <paramref name="NoStartTls"/> it offers no STARTTLS and takes AUTH
/// over the plain connection: a server a client that requires STARTTLS must not send its password to.
/// </summary>
public sealed record SecureSmtpOptions(string User, string Password, bool OnlyLogin = false, bool NoStartTls = false);
