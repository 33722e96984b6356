using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Archive;

/// <summary>
/// The archive's files on disk, content-addressed by SHA-256 (<c>{root}/{sha[0..2]}/{sha}</c>): written once through a
/// temporary file and a move, never overwritten; a file already there with the same hash is the same content.
/// </summary>
public sealed class ArchiveStorage(IOptions<ArchiveOptions> options)
{
    private readonly string _root = Path.GetFullPath(options.Value.Folder);

    public static string Sha256(byte[] content) => Convert.ToHexString(SHA256.HashData(content)).ToLower(CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="value"/> is exactly 64 lower- or upper-case hex digits.</summary>
    public static bool IsSha256(string? value) => value is { Length: 64 } && value.All(Uri.IsHexDigit);

    public string PathOf(string sha256) => Path.Combine(_root, sha256[..2], sha256);

    /// <summary>Stores the content and returns its SHA-256; a retry or a second record with the same bytes finds it there.</summary>
    public async Task<string> WriteAsync(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sha = Sha256(content);
        var path = PathOf(sha);
        if (File.Exists(path))
        {
            if (await HashOfAsync(path, cancellationToken) == sha)
            {
                return sha;
            }

            throw new IOException($"Archive file {path} exists but no longer hashes to {sha}: it is not overwritten; the integrity job reports it.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{sha}.{Guid.NewGuid():N}.tmp");
        await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await stream.WriteAsync(content, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }

        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another writer stored the same content first.
            File.Delete(temp);
        }

        return sha;
    }

    /// <summary>The stored bytes, or null when the file is gone.</summary>
    public async Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    /// <summary>The SHA-256 of the stored bytes now, or null when the file is gone.</summary>
    public async Task<string?> RehashAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? await HashOfAsync(path, cancellationToken) : null;
    }

    public void Delete(string sha256)
    {
        var path = PathOf(sha256);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static async Task<string> HashOfAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Convert.ToHexString(await SHA256.HashDataAsync(stream, cancellationToken)).ToLower(CultureInfo.InvariantCulture);
    }
}
