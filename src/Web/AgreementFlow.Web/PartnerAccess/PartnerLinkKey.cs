using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>The server's key for signing links: configured, or read from (and on first start written to) a key file.</summary>
public sealed class PartnerLinkKey
{
    public const int MinimumBytes = 32;

    public PartnerLinkKey(IOptions<PartnerLinksOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.SigningKey))
        {
            Bytes = TryDecode(settings.SigningKey, out var key) ? key : throw new InvalidOperationException("PartnerLinks:SigningKey is not valid base64 of 32+ bytes.");
            return;
        }

        // Development without a setting keeps its key beside the SQLite database.
        var file = string.IsNullOrWhiteSpace(settings.SigningKeyFile)
            ? Path.Combine(environment.ContentRootPath, "data", "partner-links.key")
            : settings.SigningKeyFile;
        Bytes = ReadOrCreate(file);
    }

    internal byte[] Bytes { get; }

    public static bool TryDecode(string value, out byte[] key)
    {
        key = [];
        try
        {
            key = Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return key.Length >= MinimumBytes;
    }

    private static byte[] ReadOrCreate(string file)
    {
        if (File.Exists(file))
        {
            return TryDecode(File.ReadAllText(file), out var existing)
                ? existing
                : throw new InvalidOperationException($"The partner-link key file {file} does not hold base64 of 32+ bytes; delete it to make a new one (every sent link then stops working).");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var key = RandomNumberGenerator.GetBytes(MinimumBytes);
        try
        {
            // CreateNew: two nodes starting at once keep whichever key was written first.
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(file))
        {
            return ReadOrCreate(file);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
