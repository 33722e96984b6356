using AgreementFlow.Data.PartnerAccess;
using AgreementFlow.Web.PartnerAccess;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Tests.PartnerAccess;

/// <summary>The token format on its own: signed over the link's scope, so no byte of it or of the row's scope can change unnoticed.</summary>
public sealed class PartnerLinkTokenTests
{
    private static readonly PartnerLinkTokens Tokens = TokensWith("dGVzdC1vbmx5IHBhcnRuZXItbGluayBrZXksIDMyKyBieXRlcyBsb25nIQ==");

    [Fact]
    public void AToken_MatchesItsOwnRowOnly_AndNamesItsLinkId()
    {
        var link = Link();
        var token = Tokens.Create(link);
        link.TokenHash = PartnerLinkTokens.Hash(token);

        Tokens.Matches(token, link).Should().BeTrue();
        PartnerLinkTokens.LinkIdOf(token).Should().Be(link.Id);
        token.Should().NotContain(link.AgreementId.ToString("N"), "the scope is signed, not spelled out");
        token.Length.Should().BeLessThan(90, "short enough for a phone's mail client not to break it");
    }

    [Fact]
    public void ChangingTheRowsScope_OrTheExpiry_OrTheKey_BreaksTheToken()
    {
        var link = Link();
        var token = Tokens.Create(link);
        link.TokenHash = PartnerLinkTokens.Hash(token);

        Tokens.Matches(token, Copy(link, l => l.Actions = "View,Sign")).Should().BeFalse("a wider scope is not what was signed");
        Tokens.Matches(token, Copy(link, l => l.AgreementId = Guid.NewGuid())).Should().BeFalse("another agreement");
        Tokens.Matches(token, Copy(link, l => l.PersonId = Guid.NewGuid())).Should().BeFalse("another person");
        Tokens.Matches(token, Copy(link, l => l.ExpiresAtUtc = l.ExpiresAtUtc.AddDays(30))).Should().BeFalse("a later expiry");
        TokensWith(Convert.ToBase64String(new byte[32])).Matches(token, link).Should().BeFalse("made with another key: a forgery");
        Tokens.Matches(token + "x", link).Should().BeFalse();
        PartnerLinkTokens.LinkIdOf("not.a-token").Should().BeNull();
    }

    [Theory]
    [InlineData("Production", null, null, "PartnerLinks:SigningKey is required outside Development")]
    [InlineData("Production", "c2hvcnQ=", null, "base64 of at least 32 random bytes")]
    [InlineData("Development", null, null, null)]
    [InlineData("Production", null, "/var/lib/agreementflow/partner-links.key", null)]
    public void StartUp_RequiresASigningKeyOutsideDevelopment(string environment, string? key, string? keyFile, string? failure)
    {
        var validator = new PartnerLinksOptionsValidator(new Environment(environment));
        var result = validator.Validate(null, new PartnerLinksOptions { SigningKey = key, SigningKeyFile = keyFile });
        if (failure is null)
        {
            result.Succeeded.Should().BeTrue();
        }
        else
        {
            result.Failed.Should().BeTrue();
            result.FailureMessage.Should().Contain(failure);
        }
    }

    [Fact]
    public void AKeyFile_IsCreatedOnce_AndKeptAcrossRestarts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "agreementflow-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = Options.Create(new PartnerLinksOptions { SigningKeyFile = Path.Combine(folder, "partner-links.key") });
            var first = new PartnerLinkTokens(new PartnerLinkKey(options, new Environment("Production")));
            var second = new PartnerLinkTokens(new PartnerLinkKey(options, new Environment("Production")));
            var link = Link();
            var token = first.Create(link);
            link.TokenHash = PartnerLinkTokens.Hash(token);

            second.Matches(token, link).Should().BeTrue("a restart keeps the links it sent working");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static PartnerLinkTokens TokensWith(string key) =>
        new(new PartnerLinkKey(Options.Create(new PartnerLinksOptions { SigningKey = key }), new Environment("Production")));

    private static PartnerLink Link() => new()
    {
        Id = Guid.NewGuid(),
        AgreementId = Guid.NewGuid(),
        ContactId = Guid.NewGuid(),
        PersonId = Guid.NewGuid(),
        OrganizationId = Guid.NewGuid(),
        Actions = "View,Comment,Propose,Answer",
        TokenHash = "",
        ExpiresAtUtc = new DateTime(2026, 12, 7, 6, 0, 0, DateTimeKind.Utc),
    };

    private static PartnerLink Copy(PartnerLink link, Action<PartnerLink> change)
    {
        var copy = new PartnerLink
        {
            Id = link.Id, AgreementId = link.AgreementId, ContactId = link.ContactId, PersonId = link.PersonId, OrganizationId = link.OrganizationId,
            Actions = link.Actions, TokenHash = link.TokenHash, ExpiresAtUtc = link.ExpiresAtUtc,
        };
        change(copy);
        return copy;
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "AgreementFlow.Web";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
