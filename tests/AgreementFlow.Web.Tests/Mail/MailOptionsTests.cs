using AgreementFlow.Web.Mail;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>Start-up names the mail setting that is missing or wrong.</summary>
public sealed class MailOptionsTests
{
    [Fact]
    public void SmtpModeWithoutAHost_OrWithHalfTheCredentials_IsRefusedNamingTheSettings()
    {
        var options = new MailOptions { Mode = MailMode.Smtp, Smtp = new SmtpSettings { User = "robot" }, From = "not an address" };
        var result = new MailOptionsValidator().Validate(null, options);
        result.Failed.Should().BeTrue();
        result.Failures.Should().Contain(f => f.Contains("Mail:Smtp:Host", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("Mail:Smtp:Password", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("Mail:From", StringComparison.Ordinal));
    }

    [Fact]
    public void TheEmbeddedDefault_PickupIntoAFolder_IsValid()
    {
        new MailOptionsValidator().Validate(null, new MailOptions()).Succeeded.Should().BeTrue();
        new MailOptionsValidator().Validate(null, new MailOptions { PublicUrl = "ftp://x" }).FailureMessage.Should().Contain("App:PublicUrl");
    }

    [Fact]
    public void ATrustedCertificateFile_ThatIsMissing_OrNotACertificate_OrWithoutStartTls_IsRefusedNamingTheSetting()
    {
        var folder = Path.Combine(Path.GetTempPath(), "agreementflow-trust-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var notPem = Path.Combine(folder, "notes.txt");
            File.WriteAllText(notPem, "the school's CA, ask Пётр");
            var certificates = TestSupport.Mail.TestCertificates.Create(folder);

            Failures(Path.Combine(folder, "missing.pem")).Should().ContainSingle().Which.Should().Contain("Mail:Smtp:TrustedCertificateFile").And.Contain("does not exist");
            Failures(notPem).Should().ContainSingle().Which.Should().Contain("Mail:Smtp:TrustedCertificateFile").And.Contain("holds no PEM certificate");
            Failures(certificates.AuthorityFile).Should().BeEmpty("a PEM certificate authority is what the setting takes");
            Failures(certificates.CertificateFile).Should().BeEmpty("so is the server's own certificate");
            Failures(certificates.AuthorityFile, startTls: false).Should().ContainSingle().Which.Should().Contain("Mail:Smtp:StartTls");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> Failures(string trustedFile, bool startTls = true)
    {
        var options = new MailOptions { Mode = MailMode.Smtp, Smtp = new SmtpSettings { Host = "smtp.school.test", Port = 587, StartTls = startTls, TrustedCertificateFile = trustedFile } };
        return new MailOptionsValidator().Validate(null, options).Failures ?? [];
    }
}
