namespace AgreementFlow.Web.PartnerAccess;

/// <summary>Settings of partners' links (section <c>PartnerLinks</c>).</summary>
public sealed class PartnerLinksOptions
{
    public const string Section = "PartnerLinks";

    /// <summary>The HMAC-SHA256 key that signs links: base64 of at least 32 random bytes. Required outside Development unless <see cref="SigningKeyFile"/> is set.</summary>
    public string? SigningKey { get; set; }

    /// <summary>A file holding the key, created with a random key on first start when missing (<c>./run</c> keeps it under <c>data/</c>).</summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>How long a link stays valid after it is sent.</summary>
    public int ValidDays { get; set; } = 14;
}
