namespace AgreementFlow.TestSupport.Mail;

/// <summary>
/// How a <see cref="SmtpServer"/> is secured: STARTTLS with a certificate the test generated, then AUTH required with
/// <paramref name="User"/> and <paramref name="Password"/> (only over TLS), offering PLAIN and LOGIN or, with
/// <paramref name="OnlyLogin"/>, LOGIN alone.
/// </summary>
public sealed record SecureSmtpOptions(string User, string Password, bool OnlyLogin = false);
