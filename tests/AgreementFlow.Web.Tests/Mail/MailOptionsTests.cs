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
}
