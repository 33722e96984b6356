using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using AgreementFlow.Data.PartnerAccess;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>
/// Link tokens: <c>base64url(link id ‖ expiry as Unix seconds)</c> <c>.</c> <c>base64url(HMAC-SHA256)</c>, the MAC taken with the
/// server's key over the link id, agreement, person, allowed actions and expiry. The token is derived from its row and the key,
/// so only its SHA-256 is stored; changing any byte, or the row's scope, breaks the MAC.
/// </summary>
public sealed class PartnerLinkTokens(PartnerLinkKey key)
{
    private const string Purpose = "agreementflow/partner-link/v1";
    private const int PayloadBytes = 16 + 8;

    public string Create(PartnerLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var payload = new byte[PayloadBytes];
        link.Id.TryWriteBytes(payload.AsSpan(0, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(16), UnixSeconds(link.ExpiresAtUtc));
        return Base64Url(payload) + "." + Base64Url(Mac(link, UnixSeconds(link.ExpiresAtUtc)));
    }

    /// <summary>The link id a well-formed token names, or null; says nothing of whether it is genuine.</summary>
    public static Guid? LinkIdOf(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 2 } || !TryBase64Url(parts[0], out var payload) || payload.Length != PayloadBytes)
        {
            return null;
        }

        return new Guid(payload.AsSpan(0, 16));
    }

    /// <summary>Whether <paramref name="token"/> is exactly the token of <paramref name="link"/> (signature, scope, expiry and stored hash).</summary>
    public bool Matches(string token, PartnerLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var parts = token.Split('.');
        if (parts.Length != 2 || !TryBase64Url(parts[0], out var payload) || payload.Length != PayloadBytes || !TryBase64Url(parts[1], out var mac))
        {
            return false;
        }

        var expires = BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(16));
        var genuine = CryptographicOperations.FixedTimeEquals(mac, Mac(link, expires));
        var sameExpiry = expires == UnixSeconds(link.ExpiresAtUtc);
        var sameHash = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(link.TokenHash));
        return genuine && sameExpiry && sameHash;
    }

    /// <summary>SHA-256 of the token, lower-case hex: what the database keeps.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private byte[] Mac(PartnerLink link, long expires) =>
        HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(
            $"{Purpose}\n{link.Id:N}\n{link.AgreementId:N}\n{link.PersonId:N}\n{link.OrganizationId:N}\n{link.Actions}\n{expires}"));

    private static long UnixSeconds(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryBase64Url(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Length > 100 || text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return false;
        }

        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => "!" };
        try
        {
            bytes = Convert.FromBase64String(padded);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
