using AgreementFlow.Web.Signing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace AgreementFlow.Web.Tests.Signing;

/// <summary>The signing-code e-mail tells how long the code lives as configured, in the recipient's language, and forgets the code once sent.</summary>
public sealed class SigningCodeMailTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(10, "ru", "10 минут")]
    [InlineData(3, "ru", "3 минуты")]
    [InlineData(1, "ru", "1 минуту")]
    [InlineData(21, "ru", "21 минуту")]
    [InlineData(12, "ru", "12 минут")]
    [InlineData(3, "en", "3 minutes")]
    [InlineData(1, "en", "1 minute")]
    public void TheEmail_SaysHowLongTheCodeLives_AsConfigured(int minutes, string language, string expected)
    {
        var mail = new SigningCodeMail(new EphemeralDataProtectionProvider(), _clock);
        var payload = mail.Payload(Guid.NewGuid(), "123456", 2, new string('a', 64), _clock.GetUtcNow().UtcDateTime.AddMinutes(minutes)).ToJsonString();
        var model = new Dictionary<string, object?>();

        mail.AddTo(payload, model, "https://af.example.org", language).Should().BeTrue();

        model["validFor"].Should().Be(expected);
        model["code"].Should().Be("123456");
        payload.Should().NotContain("123456", "the queued payload holds the code encrypted");
        SigningCodeMail.WithoutCode(payload).Should().NotContain("\"code\"");
    }

    [Fact]
    public void AnExpiredCode_IsNotWrittenIntoAnEmail()
    {
        var mail = new SigningCodeMail(new EphemeralDataProtectionProvider(), _clock);
        var payload = mail.Payload(Guid.NewGuid(), "654321", 1, new string('b', 64), _clock.GetUtcNow().UtcDateTime.AddMinutes(10)).ToJsonString();
        _clock.Advance(TimeSpan.FromMinutes(11));

        mail.AddTo(payload, new Dictionary<string, object?>(), "https://af.example.org", "ru").Should().BeFalse();
    }
}
