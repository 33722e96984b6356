using System.Security.Cryptography;
using System.Text;

namespace AgreementFlow.Web.Signing;

/// <summary>Six-digit codes from the cryptographic generator, kept only as a salted SHA-256.</summary>
internal static class OneTimeCode
{
    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string salt, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + code)));

    /// <summary>Compares in constant time, so the answer's timing says nothing of how close a guess was.</summary>
    public static bool Matches(string salt, string storedHash, string entered) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(salt, entered)), Encoding.ASCII.GetBytes(storedHash));
}
